/// Everything a renderer needs for one packet (one article for one audience).
package struct RenderInput: Sendable {
    package var article: ArticleModel
    package var audience: Audience
    package var quiz: QuizSet
    package var responses: ClassResponses?
    /// A review copy of an unreviewed draft: every file must say DRAFT — NOT REVIEWED at the top.
    package var isDraft: Bool

    /// What a review copy says at the top of every file, every sheet and in every quiz title.
    package static let draftBanner = "DRAFT — NOT REVIEWED"

    /// A review copy's article title starts with the banner, so every heading, sheet, print header
    /// and LMS quiz title made from it says so.
    package init(article: ArticleModel, audience: Audience, quiz: QuizSet, responses: ClassResponses? = nil,
                 isDraft: Bool = false) {
        var article = article
        if isDraft { article.metadata.title = "\(Self.draftBanner): \(article.metadata.title)" }
        self.article = article; self.audience = audience; self.quiz = quiz; self.responses = responses
        self.isDraft = isDraft
    }
}

/// What a renderer made: files and notes for the manifest and the build output.
package struct RenderOutput: Sendable {
    package var files: [PacketFile]
    /// Warnings worth a teacher's attention (text cut at a limit, an item a format cannot hold, …).
    package var notes: [String]
    /// Problems the teacher should fix, e.g. a briefing outside its audience's reading level.
    package var warnings: [String]
    /// Measured figures for the manifest, e.g. `briefing.flesch_kincaid_grade`.
    package var metrics: [String: Double]

    package init(files: [PacketFile] = [], notes: [String] = [], warnings: [String] = [], metrics: [String: Double] = [:]) {
        self.files = files; self.notes = notes; self.warnings = warnings; self.metrics = metrics
    }
}

/// A renderer turns one packet's input into files. Renderers do no file I/O of their own:
/// the build writes what they return into a temporary folder and renames it into place.
package protocol PacketRenderer: Sendable {
    /// A short name for the manifest, e.g. `workbook`.
    var name: String { get }
    func render(_ input: RenderInput) throws -> RenderOutput
}

extension RenderOutput {
    /// Adds another renderer's output: its files, notes (each prefixed with `notePrefix` when
    /// given, e.g. `workbook: `), warnings and metrics (a later metric replaces an earlier one).
    package mutating func merge(_ other: RenderOutput, notePrefix: String = "") {
        files += other.files
        notes += other.notes.map { notePrefix + $0 }
        warnings += other.warnings
        metrics.merge(other.metrics) { _, new in new }
    }
}
