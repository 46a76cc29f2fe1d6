import PacketModel
import XlsxWriter

/// What students put in an input column of an activity.
enum ActivityAnswer {
    /// Words of their own.
    case text
    /// One of these values, from a dropdown: an inline list when it fits Excel's 255 bytes, else a
    /// list of cells below the table (an inline list longer than that breaks the file).
    case choice([String])
    /// One of these values, from a dropdown fed by a list printed below the table under `label`:
    /// a word bank students read as well as pick from.
    case bank([String], label: String)
    /// A paragraph number, from a dropdown of the article's paragraphs.
    case paragraph
}

/// One column of an activity sheet.
struct ActivityColumn {
    enum Role {
        /// Given to students: the task, or the article's words.
        case given
        /// Students fill it in; the teacher's copy holds the key. `prompt` is shown when the cell is selected.
        case input(ActivityAnswer, prompt: String)
        /// In the teacher's copy only: why the key is right, how to mark.
        case teacherOnly
    }

    var title: String
    /// Width in characters.
    var width: Double
    var wrap = true
    var role: Role

    var isTeacherOnly: Bool { if case .teacherOnly = role { true } else { false } }
}

/// The layout every activity sheet shares. Students get yellow, unlocked input cells with
/// dropdowns and prompts on a protected sheet, so the task and the article's words cannot be
/// typed over by accident; the teacher gets the same sheet with each input cell holding its key
/// on grey, and the teacher-only columns.
enum ActivityTable {
    /// The height of a student's row with room to write a sentence or two.
    static let writingRowHeight = 48.0

    /// The title and the instructions (row 0 and 1): the teacher's copy says it is the key.
    static func writeTitle(_ ws: Worksheet, _ ctx: SheetContext, student: String, teacher: String) throws {
        if ctx.isTeacher {
            try SheetTable.writeTitle(ws, ctx, title: ws.name + " — teacher’s key",
                                      explanation: "Grey cells hold the answers; students get the same sheet with yellow cells to fill in. " + teacher)
        } else {
            try SheetTable.writeTitle(ws, ctx, title: ws.name, explanation: "Name: ____________________   " + student)
        }
    }

    /// Writes the header and rows and sets up input cells, dropdowns, freezing, printing and
    /// (for students) protection. Returns the first free row below the table and its lists.
    @discardableResult
    static func write(_ ws: Worksheet, _ ctx: SheetContext, columns: [ActivityColumn], rows: [[CellValue]],
                      writingHeight: Double = writingRowHeight) throws -> Int {
        let kept = columns.indices.filter { ctx.isTeacher || !columns[$0].isTeacherOnly }
        let s = ctx.style
        for (c, index) in kept.enumerated() {
            try ws.write(columns[index].title, row: SheetTable.headerRow, col: c, format: s(WorkbookStyle.header))
            try ws.setColumns(c, width: columns[index].width)
        }
        try ws.setRow(SheetTable.headerRow, height: 30)
        for (r, row) in rows.enumerated() {
            let sheetRow = SheetTable.firstDataRow + r
            var sized: [(text: String, width: Double)] = []
            var writing = false
            for (c, index) in kept.enumerated() where index < row.count {
                let column = columns[index]
                guard case .input(let answer, _) = column.role else {
                    try ws.write(row[index], row: sheetRow, col: c, wrap: column.wrap, style: s)
                    if column.wrap { sized.append((row[index].shownText, column.width * RowHeight.proseCharactersPerUnit)) }
                    continue
                }
                if ctx.isTeacher {
                    let key = keyed(row[index])
                    try ws.write(key, row: sheetRow, col: c, wrap: true, style: s)
                    sized.append((key.shownText, column.width * RowHeight.proseCharactersPerUnit))
                } else {
                    try ws.writeBlank(row: sheetRow, col: c, format: s(inputStyle(answer)))
                    if case .text = answer { writing = true }
                }
            }
            let height = max(RowHeight.height(sized) ?? 0, writing ? writingHeight : 0)
            if height > 0 { try ws.setRow(sheetRow, height: height) }
        }
        let lastRow = SheetTable.firstDataRow + max(rows.count, 1) - 1
        var nextRow = lastRow + 2
        for (c, index) in kept.enumerated() {
            guard case .input(let answer, let prompt) = columns[index].role, !rows.isEmpty else { continue }
            let range = CellRange(firstRow: SheetTable.firstDataRow, firstCol: c, lastRow: lastRow, lastCol: c)
            let rule = try dropdown(answer, ws, ctx, col: c, width: columns[index].width, listRow: &nextRow)
            guard !ctx.isTeacher else { continue }
            try ws.addValidation(DataValidation(rule: rule, inputTitle: String(columns[index].title.prefix(32)), inputMessage: prompt,
                                                errorTitle: "Not in the list", errorMessage: "Pick one from the dropdown list."),
                                 to: range)
        }
        try ws.freezePanes(row: SheetTable.firstDataRow, col: 0)
        let width = kept.map { columns[$0].width }.reduce(0, +)
        try SheetTable.printSetup(ws, ctx, landscape: width > 95, repeatHeader: true)
        if !ctx.isTeacher { try ws.protect() }
        return nextRow
    }

    /// The style of an empty input cell.
    static func inputStyle(_ answer: ActivityAnswer) -> FormatSpec {
        switch answer {
        case .text: WorkbookStyle.inputText
        case .choice, .bank: WorkbookStyle.inputText.with { $0.vertical = .center }
        case .paragraph: WorkbookStyle.inputCell.with { $0.numberFormat = "\"¶\"0"; $0.vertical = .center }
        }
    }

    /// A key as the teacher's copy shows it: a short answer bold and centred, a longer one wrapped, on grey.
    static func keyed(_ value: CellValue) -> CellValue {
        switch value {
        case .text(let s): .styled(s, s.count <= 16 ? WorkbookStyle.keyCell.with { $0.wrap = true } : WorkbookStyle.keyText)
        case .blank: .styled("", WorkbookStyle.keyText)
        default: value
        }
    }

    /// The validation rule for an input column; writes a bank or a long list of choices below the
    /// table (from `listRow`, which moves past it). Both copies print the bank, so they line up.
    static func dropdown(_ answer: ActivityAnswer, _ ws: Worksheet, _ ctx: SheetContext, col: Int, width: Double,
                         listRow: inout Int) throws -> DataValidation.Rule {
        switch answer {
        case .text:
            return .any
        case .paragraph:
            if let list = ctx.paragraphList { return .listFromRange(list) }
            return .wholeNumber(min: 1, max: max(1, ctx.article.paragraphs.count))
        case .choice(let values) where DropdownList.fitsInline(values):
            return .list(values)
        case .choice(let values):
            return .listFromRange(try writeList(values, label: "Choices for the dropdown", ws, ctx, col: col, width: width, row: &listRow))
        case .bank(let values, let label):
            return .listFromRange(try writeList(values, label: label, ws, ctx, col: col, width: width, row: &listRow))
        }
    }

    /// Writes `values` one per row under `label` in column `col`; returns their absolute range.
    static func writeList(_ values: [String], label: String, _ ws: Worksheet, _ ctx: SheetContext, col: Int, width: Double,
                          row: inout Int) throws -> String {
        try ws.write(label, row: row, col: col, format: ctx.style(WorkbookStyle.sectionLabel.with { $0.wrap = true }))
        if let height = RowHeight.height([(label, width)]) { try ws.setRow(row, height: height) }
        let first = row + 1
        let cell = try ctx.style(WorkbookStyle.wrapped.with { $0.border = .hair })
        for (i, value) in values.enumerated() {
            try ws.write(value, row: first + i, col: col, format: cell)
            if let height = RowHeight.height([(value, width * RowHeight.proseCharactersPerUnit)]) { try ws.setRow(first + i, height: height) }
        }
        row = first + max(values.count, 1) + 1
        return "=" + CellReference.range(firstRow: first, firstCol: col, lastRow: first + max(values.count, 1) - 1,
                                         lastCol: col, absolute: true)
    }
}

/// Excel's limit on an inline dropdown list: 255 bytes, counting the commas between values.
enum DropdownList {
    static func fitsInline(_ values: [String]) -> Bool {
        !values.isEmpty && values.map(\.utf8.count).reduce(0, +) + values.count - 1 <= 255
            && !values.contains { $0.contains(",") || $0.contains("\"") }
    }
}
