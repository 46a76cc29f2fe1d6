import Foundation

/// One article of the draft corpus: its text and its answer sheet.
package struct CorpusArticle: Sendable {
    /// The folder name, e.g. `fed-powell-jackson-hole-2022`.
    package var id: String
    package var text: String
    package var sheet: AnswerSheet

    /// Every article in `folder` (one sub-folder each, holding `article.txt` and `answer.json`), by id.
    package static func loadAll(from folder: URL) throws -> [CorpusArticle] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.compactMap { name in
            let sub = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: sub.appendingPathComponent("answer.json").path) else { return nil }
            return try load(from: sub)
        }
    }

    /// The article in `folder`.
    package static func load(from folder: URL) throws -> CorpusArticle {
        let text = try String(contentsOf: folder.appendingPathComponent("article.txt"), encoding: .utf8)
        let answer = folder.appendingPathComponent("answer.json")
        let sheet: AnswerSheet
        do {
            sheet = try JSONDecoder().decode(AnswerSheet.self, from: try Data(contentsOf: answer))
        } catch {
            throw CorpusError("\(answer.path): \(error)")
        }
        return CorpusArticle(id: folder.lastPathComponent, text: text, sheet: sheet)
    }
}

/// A corpus file that cannot be read as an answer sheet.
package struct CorpusError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
