import PacketModel
import XlsxWriter

/// What the article offers as evidence, what it supports, and (for the teacher) how good it is.
enum EvidenceSheet {
    static let columns = [
        TableColumn(title: "ID", width: 9),
        TableColumn(title: "Type", width: 11),
        TableColumn(title: "Evidence", width: 48, wrap: true),
        TableColumn(title: "Supports", width: 12, wrap: true),
        TableColumn(title: "Assessment", width: 44, wrap: true, teacherOnly: true),
        TableColumn(title: "¶", width: 5),
        TableColumn(title: "Excerpt", width: 52, wrap: true),
    ]

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "What the article offers in support of its claims. Click a claim id to see it on the argument map.")
        guard !ctx.article.evidence.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article's model lists no evidence.")
        }
        let rows = ctx.article.evidence.map { e -> [CellValue] in
            [.text(e.id), .text(e.type.rawValue), .text(e.summary), ctx.claimLinks(e.supports),
             .styled(e.assessment, WorkbookStyle.teacherNote), .paragraph(e.location?.paragraph),
             ctx.excerpt(of: e)]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
    }
}

extension SheetContext {
    /// The item's excerpt in quotation marks, or a note when this audience does not see it.
    func excerpt(of item: some Excerpted) -> CellValue {
        if !isTeacher && input.audience.sensitivity.hides(item) {
            return .styled("(left out for this audience)", WorkbookStyle.note)
        }
        return .text("“" + item.excerpt + "”")
    }
}
