import PacketModel
import XlsxWriter

/// Words the article attributes to people, with speaker, role and paragraph.
enum QuotesSheet {
    static let columns = [
        TableColumn(title: "Quote", width: 60, wrap: true),
        TableColumn(title: "Speaker", width: 22, wrap: true),
        TableColumn(title: "Role", width: 28, wrap: true),
        TableColumn(title: "Quoted or reported", width: 12, wrap: true),
        TableColumn(title: "Context", width: 26, wrap: true),
        TableColumn(title: "¶", width: 5),
        TableColumn(title: "Teacher note", width: 34, wrap: true, teacherOnly: true),
    ]

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let model = ctx.article
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "“Quoted” words are exactly as printed; “reported” words are the article's paraphrase.")
        guard !model.quotes.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article quotes no one.")
        }
        let rows = model.quotes.map { q -> [CellValue] in
            let hidden = !ctx.isTeacher && ctx.input.audience.sensitivity.hides(q)
            let words: CellValue = hidden ? .styled("(left out for this audience)", WorkbookStyle.note)
                : .text(q.mode == .direct ? "“" + q.text + "”" : q.text)
            return [words, .text(model.displayName(for: q.speaker)),
                    .text(q.role ?? model.entities.first { $0.id == q.speaker }?.role ?? ""),
                    .text(q.mode == .direct ? "quoted" : "reported"), q.context.map(CellValue.text) ?? .blank,
                    .paragraph(q.location?.paragraph),
                    q.teacherNote.map { .styled($0, WorkbookStyle.teacherNote) } ?? .blank]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
    }
}
