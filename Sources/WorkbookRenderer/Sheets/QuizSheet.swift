import PacketModel
import XlsxWriter

/// Form A of the quiz with an answer cell per item: a dropdown of the valid letters (from a
/// cell range, never an inline list) for choice items, and an input message for every item.
/// Nothing on this sheet reveals an answer.
enum QuizSheet {
    static let columns = [
        TableColumn(title: "#", width: 5),
        TableColumn(title: "Type", width: 13),
        TableColumn(title: "Question", width: 72, wrap: true),
        TableColumn(title: "¶", width: 5),
        TableColumn(title: "Your answer", width: 16),
    ]
    /// First hidden column holding each choice item's letters, the source of its dropdown.
    static let choiceColumn = 8

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let items = ctx.input.quiz.formA.items
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Name: ____________________   Write each answer in its yellow cell. Choice questions have a dropdown.")
        guard !items.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "There is no quiz for this article yet.")
        }
        let rows = items.enumerated().map { i, item -> [CellValue] in
            [.number(Double(i + 1), WorkbookStyle.paragraph), .text(QuizItemText.typeLabel(item.type)),
             .text(QuizItemText.question(item)), .paragraph(item.paragraph), .blank]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
        let input = try ctx.style(WorkbookStyle.inputCell)
        let widest = items.compactMap { $0.responseChoices?.count }.max() ?? 0
        if widest > 0 {
            try ws.setColumns(choiceColumn, choiceColumn + widest - 1, width: 3, hidden: true)
        }
        for (i, item) in items.enumerated() {
            let row = SheetTable.firstDataRow + i
            try ws.writeBlank(row: row, col: 4, format: input)
            let message = QuizItemText.instructions(item)
            if let choices = item.responseChoices, !choices.isEmpty {
                for (c, letter) in choices.enumerated() { try ws.write(letter, row: row, col: choiceColumn + c) }
                let source = CellReference.range(firstRow: row, firstCol: choiceColumn, lastRow: row,
                                                 lastCol: choiceColumn + choices.count - 1, absolute: true)
                try ws.addValidation(DataValidation(rule: .listFromRange("=" + source), inputTitle: "Question \(i + 1)",
                                                    inputMessage: message, errorTitle: "Not a choice",
                                                    errorMessage: "Pick one of the letters in the list."),
                                     to: CellRange(row: row, col: 4))
            } else {
                try ws.addValidation(DataValidation(rule: .any, inputTitle: "Question \(i + 1)", inputMessage: message),
                                     to: CellRange(row: row, col: 4))
            }
        }
    }
}
