import Foundation

/// One file of a packet, relative to the packet folder (e.g. `student/briefing.txt`).
package struct PacketFile: Sendable, Hashable {
    package var path: String
    package var data: Data

    package init(path: String, data: Data) { self.path = path; self.data = data }

    /// A UTF-8 text file.
    package init(path: String, text: String) { self.init(path: path, data: Data(text.utf8)) }
}

/// The class's answers to form A, read from `--responses FILE.csv`.
package struct ClassResponses: Sendable, Hashable {
    package struct Student: Sendable, Hashable {
        package var name: String
        /// One answer per item of form A, in item order (empty when blank).
        package var answers: [String]

        package init(name: String, answers: [String]) { self.name = name; self.answers = answers }
    }

    package var students: [Student]

    package init(students: [Student]) { self.students = students }
}

/// Everything a renderer needs for one packet (one article for one audience).
package struct RenderInput: Sendable {
    package var article: ArticleModel
    package var audience: Audience
    package var quiz: QuizSet
    package var responses: ClassResponses?

    package init(article: ArticleModel, audience: Audience, quiz: QuizSet, responses: ClassResponses? = nil) {
        self.article = article; self.audience = audience; self.quiz = quiz; self.responses = responses
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
