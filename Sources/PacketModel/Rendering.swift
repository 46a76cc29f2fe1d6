import Foundation

/// One file of a packet, relative to the packet folder (e.g. `student/briefing.txt`).
public struct PacketFile: Sendable, Hashable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) { self.path = path; self.data = data }

    /// A UTF-8 text file.
    public init(path: String, text: String) { self.init(path: path, data: Data(text.utf8)) }
}

/// The class's answers to form A, read from `--responses FILE.csv`.
public struct ClassResponses: Sendable, Hashable {
    public struct Student: Sendable, Hashable {
        public var name: String
        /// One answer per item of form A, in item order (empty when blank).
        public var answers: [String]

        public init(name: String, answers: [String]) { self.name = name; self.answers = answers }
    }

    public var students: [Student]

    public init(students: [Student]) { self.students = students }
}

/// Everything a renderer needs for one packet (one article for one audience).
public struct RenderInput: Sendable {
    public var article: ArticleModel
    public var audience: Audience
    public var quiz: QuizSet
    public var responses: ClassResponses?

    public init(article: ArticleModel, audience: Audience, quiz: QuizSet, responses: ClassResponses? = nil) {
        self.article = article; self.audience = audience; self.quiz = quiz; self.responses = responses
    }
}

/// What a renderer made: files and notes for the manifest and the build output.
public struct RenderOutput: Sendable {
    public var files: [PacketFile]
    /// Warnings worth a teacher's attention (text cut at a limit, an item a format cannot hold, …).
    public var notes: [String]
    /// Problems the teacher should fix, e.g. a briefing outside its audience's reading level.
    public var warnings: [String]
    /// Measured figures for the manifest, e.g. `briefing.flesch_kincaid_grade`.
    public var metrics: [String: Double]

    public init(files: [PacketFile] = [], notes: [String] = [], warnings: [String] = [], metrics: [String: Double] = [:]) {
        self.files = files; self.notes = notes; self.warnings = warnings; self.metrics = metrics
    }
}

/// A renderer turns one packet's input into files. Renderers do no file I/O of their own:
/// the build writes what they return into a temporary folder and renames it into place.
public protocol PacketRenderer: Sendable {
    /// A short name for the manifest, e.g. `workbook`.
    var name: String { get }
    func render(_ input: RenderInput) throws -> RenderOutput
}
