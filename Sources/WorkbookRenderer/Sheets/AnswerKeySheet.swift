import PacketModel
import XlsxWriter

/// The teacher's key to form A: correct answer, what else is accepted, why, where, and the skill,
/// Depth of Knowledge and points of each item.
enum AnswerKeySheet {
    static let columns = [
        TableColumn(title: "#", width: 5),
        TableColumn(title: "Item", width: 16, wrap: true),
        TableColumn(title: "Type", width: 13),
        TableColumn(title: "Question", width: 44, wrap: true),
        TableColumn(title: "Answer", width: 10),
        TableColumn(title: "Correct answer in words", width: 30, wrap: true),
        TableColumn(title: "Also accepted", width: 16, wrap: true),
        TableColumn(title: "Explanation", width: 46, wrap: true),
        TableColumn(title: "¶", width: 5),
        TableColumn(title: "Skill", width: 14, wrap: true),
        TableColumn(title: "DOK", width: 5),
        TableColumn(title: "Points", width: 7),
        TableColumn(title: "Bloom", width: 11),
        TableColumn(title: "Difficulty", width: 10),
    ]

    /// The right answer spelled out: the option, the pairs, the order, or the rubric.
    static func inWords(_ item: QuizItem) -> String {
        switch item.answer {
        case .choice(let i): return item.options.indices.contains(i) ? item.options[i] : ""
        case .number(let v, _): return QuizItem.format(v)
        case .text(let accepted): return accepted.first ?? ""
        case .matching(let pairs): return pairs.enumerated().map { "\($0.offset + 1) → \($0.element.match)" }.joined(separator: "\n")
        case .ordering(let order):
            return order.compactMap { item.options.indices.contains($0) ? item.options[$0] : nil }.joined(separator: " → ")
        case .parts:
            return item.parts.enumerated().map { index, part in
                "\(QuizPart.label(index)): \(part.options.indices.contains(part.answer) ? part.options[part.answer] : "")"
            }.joined(separator: "\n")
        case .rubric:
            return item.rubric.map { "\($0.criterion) (\($0.points)): \($0.description)" }.joined(separator: "\n")
        }
    }

    static func alsoAccepted(_ item: QuizItem) -> String {
        switch item.answer {
        case .number(_, let tol) where tol > 0: return "± " + QuizItem.format(tol)
        case .parts(let answers) where answers.count > 1:
            return "1 point for Part A alone (" + QuizItem.letter(answers[0]) + "…)"
        case .text(let accepted): return accepted.dropFirst().joined(separator: "; ")
        default: return ""
        }
    }

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let items = ctx.input.quiz.formA.items
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Key to form \(ctx.input.quiz.formA.name). Letters and text are marked ignoring case and extra spaces.")
        guard !items.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "There is no quiz for this article yet, so there is no key.")
        }
        let rows = items.enumerated().map { i, item -> [CellValue] in
            [.number(Double(i + 1), WorkbookStyle.paragraph), .text(item.id), .text(QuizItemText.typeLabel(item.type)),
             .text(item.stem), .styled(item.responseKey ?? "rubric", WorkbookStyle.keyCell), .text(inWords(item)),
             .text(alsoAccepted(item)), .text(item.explanation), .paragraph(item.paragraph),
             .text(item.skill.label), .number(Double(item.dok), WorkbookStyle.paragraph),
             .number(Double(item.points), WorkbookStyle.paragraph),
             .text(item.bloom.rawValue), .text(item.difficulty.rawValue)]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
    }
}
