import PacketModel
import XlsxWriter

/// Words worth teaching, defined in plain words, with their tier.
enum VocabularySheet {
    static let columns = [
        TableColumn(title: "Term", width: 22, wrap: true),
        TableColumn(title: "Part of speech", width: 13),
        TableColumn(title: "Definition", width: 60, wrap: true),
        TableColumn(title: "Tier", width: 6),
        TableColumn(title: "¶", width: 5),
    ]

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let terms = ctx.article.vocabulary
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Tier 1: everyday words; tier 2: academic words; tier 3: subject words.")
        guard !terms.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article's model lists no vocabulary.")
        }
        let rows = terms.map { t -> [CellValue] in
            [.styled(t.term, WorkbookStyle.wrapped.with { $0.bold = true }), .text(t.partOfSpeech), .text(t.definition),
             .number(Double(t.tier), WorkbookStyle.paragraph), .paragraph(t.location?.paragraph)]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
    }
}
