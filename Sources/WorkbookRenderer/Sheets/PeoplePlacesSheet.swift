import PacketModel
import XlsxWriter

/// The people, organisations and places the article names, their roles and where they appear.
enum PeoplePlacesSheet {
    static let columns = [
        TableColumn(title: "Kind", width: 12),
        TableColumn(title: "Name", width: 24, wrap: true),
        TableColumn(title: "Also called", width: 18, wrap: true),
        TableColumn(title: "Role", width: 44, wrap: true),
        TableColumn(title: "Stance", width: 30, wrap: true),
        TableColumn(title: "Paragraphs", width: 14, wrap: true),
        TableColumn(title: "Teacher note", width: 34, wrap: true, teacherOnly: true),
    ]

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let entities = ctx.article.entities
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Who and what the article names, and the paragraphs where each appears.")
        guard !entities.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article's model names no people, organisations or places.")
        }
        let rows = entities.map { e -> [CellValue] in
            [.text(e.kind == .organization ? "organisation" : e.kind.rawValue), .styled(e.name, WorkbookStyle.wrapped.with { $0.bold = true }),
             .text(e.aliases.joined(separator: ", ")), .text(e.role), e.stance.map(CellValue.text) ?? .blank,
             .text(e.paragraphs.map(String.init).joined(separator: ", ")),
             e.teacherNote.map { .styled($0, WorkbookStyle.teacherNote) } ?? .blank]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
    }
}
