import Foundation
import PacketModel

/// Writes the audience's item bank as `teacher/quiz.gift` for Moodle's GIFT importer.
///
/// One `$CATEGORY:` per item type; every question is named by its item id, its text is plain
/// (`[plain]`), and its explanation with the paragraph it rests on is the general feedback
/// (`####`), which students see after answering, so essays' rubrics are left out (they are in the
/// answer keys and `quiz.json`, and as grader information in `quiz.moodle.xml`). GIFT has no
/// points: essays import worth 1 point until the teacher sets their marks. Ordering items become
/// matching items (each item matched with its place); two-part items become two linked questions.
/// Moodle shuffles choices by default on import. Every such change is a note.
package struct GIFTExporter: PacketRenderer {
    package var name: String { "gift" }
    static let path = "teacher/quiz.gift"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var leftOut = LeftOutItems(fileName: "quiz.gift")
        var lines = [
            "// \(oneLine(input.article.metadata.title)): quiz bank for \(oneLine(input.audience.displayName))",
            "// Moodle: Question bank > Import > GIFT format.",
            "",
        ]
        let bank = LinkedParts.expanded(input.quiz.bank)
        for (type, items) in itemsByType(bank) {
            let questions = leftOut.shaped(items).map { question($0.item, $0.shape) }
            guard !questions.isEmpty else { continue }
            lines.append("$CATEGORY: \(moodleCategory(article: input.article, type: type))")
            lines.append("")
            for question in questions {
                lines.append(question)
                lines.append("")
            }
        }
        let text = lines.joined(separator: "\n")
        return RenderOutput(files: [PacketFile(path: Self.path, text: text)],
                            notes: leftOut.notes + Self.notes(input.quiz.bank))
    }

    /// What the GIFT file changes or leaves out, for the manifest.
    static func notes(_ bank: [QuizItem]) -> [String] {
        var notes = LinkedParts.note(fileName: "quiz.gift", bank)
        let ordering = bank.filter { $0.type == .ordering }.map(\.id)
        if !ordering.isEmpty {
            notes.append("quiz.gift: ordering asked as matching (each event matched with its place): \(ordering.joined(separator: ", ")); "
                + "quiz.moodle.xml keeps them as ordering questions")
        }
        let essays = bank.filter { $0.answer == .rubric }
        if !essays.isEmpty {
            notes.append("quiz.gift: \(essays.count) essay rubric\(essays.count == 1 ? "" : "s") left out (GIFT feedback is shown to students); "
                + "the teacher finds them in \(QuizItem.rubricLocation), and quiz.moodle.xml carries them as grader information")
            notes.append("quiz.gift: GIFT holds no points, so essays import worth 1 point: set each essay's mark in Moodle "
                + "(\(essays.map { "\($0.id) \($0.points)" }.joined(separator: ", "))) or import quiz.moodle.xml")
        }
        return notes
    }

    /// One question block (no blank lines inside).
    func question(_ item: QuizItem, _ shape: ItemShape) -> String {
        let g = GIFTEscaping.self
        var stem = item.stem
        var body: [String] = []
        switch shape {
        case .choice(let options, let correct):
            body = options.enumerated().map { "\t" + ($0.offset == correct ? "=" : "~") + g.field($0.element) }
        case .trueFalse(let truth):
            return head(item, stem) + "{" + (truth ? "TRUE" : "FALSE") + generalFeedback(item) + "}"
        case .number(let value, let tolerance):
            return head(item, stem) + "{#" + QuizItem.format(value) + ":" + QuizItem.format(tolerance)
                + generalFeedback(item) + "}"
        case .text(let accepted):
            body = accepted.map { "\t=" + g.field($0) }
        case .matching(let pairs):
            body = pairs.map { "\t=" + g.matchPrompt($0.prompt) + " -> " + g.field($0.match) }
        case .ordering(let order):
            let asked = ItemShape.orderingAsMatching(stem: stem, order: order)
            stem = asked.stem
            body = asked.pairs.map { "\t=" + g.matchPrompt($0.prompt) + " -> " + g.field($0.match) }
        case .essay:
            return head(item, stem) + "{" + generalFeedback(item) + "}"
        }
        let feedback = item.feedback.isEmpty ? [] : ["\t" + generalFeedback(item)]
        return ([head(item, stem) + "{"] + body + feedback + ["}"]).joined(separator: "\n")
    }

    private func head(_ item: QuizItem, _ stem: String) -> String {
        "::" + GIFTEscaping.escape(item.id) + "::[plain]" + GIFTEscaping.escape(stem.trimmedOfSpaces)
    }

    private func generalFeedback(_ item: QuizItem) -> String {
        item.feedback.isEmpty ? "" : "####" + GIFTEscaping.escape(item.feedback)
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
