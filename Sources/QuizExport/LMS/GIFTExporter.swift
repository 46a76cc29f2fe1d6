import Foundation
import PacketModel

/// Writes the audience's item bank as `teacher/quiz.gift` for Moodle's GIFT importer.
///
/// One `$CATEGORY:` per item type; every question is named by its item id, its text is plain
/// (`[plain]`), and its explanation with the paragraph it rests on is the general feedback
/// (`####`; for essays, with the rubric). Ordering items become matching items (each item matched with its place).
/// Moodle shuffles choices by default on import.
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
        for (type, items) in itemsByType(input.quiz.bank) {
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
        return RenderOutput(files: [PacketFile(path: Self.path, text: text)], notes: leftOut.notes)
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
            let rubric = item.feedbackWithRubric
            return head(item, stem) + "{" + (rubric.isEmpty ? "" : "####" + GIFTEscaping.escape(rubric)) + "}"
        }
        let feedback = item.feedback.isEmpty ? [] : ["\t" + generalFeedback(item)]
        return ([head(item, stem) + "{"] + body + feedback + ["}"]).joined(separator: "\n")
    }

    private func head(_ item: QuizItem, _ stem: String) -> String {
        "::" + GIFTEscaping.escape(item.id) + "::[plain]" + GIFTEscaping.escape(stem.trimmingCharacters(in: .whitespaces))
    }

    private func generalFeedback(_ item: QuizItem) -> String {
        item.feedback.isEmpty ? "" : "####" + GIFTEscaping.escape(item.feedback)
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
