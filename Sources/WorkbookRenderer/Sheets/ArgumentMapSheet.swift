import PacketModel
import XlsxWriter

/// The thesis and claims as an indented, grouped tree: what each asserts, who asserts it,
/// what it supports, attacks or rebuts (linked to that row) and the evidence behind it.
enum ArgumentMapSheet {
    static let columns = [
        TableColumn(title: "ID", width: 9),
        TableColumn(title: "Claim", width: 52, wrap: true),
        TableColumn(title: "Kind", width: 11),
        TableColumn(title: "Asserted by", width: 18, wrap: true),
        TableColumn(title: "Supports", width: 10),
        TableColumn(title: "Attacks", width: 10),
        TableColumn(title: "Rebuts", width: 10),
        TableColumn(title: "Evidence", width: 12),
        TableColumn(title: "¶", width: 5),
        TableColumn(title: "Hedge", width: 14, wrap: true),
        TableColumn(title: "Teacher note", width: 32, wrap: true, teacherOnly: true),
    ]

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let model = ctx.article
        let structure = ctx.argument
        // What each claim bears on and the evidence behind it, gathered once (by claim id, in model order).
        var targets: [String: [RelationType: [String]]] = [:]
        var supportedBy: [String: [String]] = [:]
        let evidenceIDs = Set(model.evidence.map(\.id))
        for relation in model.relations {
            targets[relation.from, default: [:]][relation.type, default: []].append(relation.to)
            if evidenceIDs.contains(relation.from) { supportedBy[relation.to, default: []].append(relation.from) }
        }
        var evidenceFor: [String: [String]] = [:]
        for item in model.evidence {
            for claim in unique(item.supports) { evidenceFor[claim, default: []].append(item.id) }
        }
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Each claim sits under the claim it bears on. Click an id in Supports, Attacks or Rebuts to jump to that claim.")
        let rows = structure.rows.map { row -> [CellValue] in
            let claim = row.claim
            let bearsOn = targets[claim.id] ?? [:]
            let evidence = (evidenceFor[claim.id] ?? []) + (supportedBy[claim.id] ?? [])
            let kindFill = WorkbookStyle.centered.with { $0.backgroundColor = WorkbookStyle.fill(for: claim.kind) }
            let wording = WorkbookStyle.wrapped.with {
                $0.indent = min(row.depth * 2, 8)
                $0.bold = row.depth == 0
                $0.backgroundColor = row.depth == 0 ? WorkbookStyle.fill(for: claim.kind) : nil
            }
            return [
                .styled(claim.id, WorkbookStyle.body.with { $0.backgroundColor = WorkbookStyle.fill(for: claim.kind); $0.bold = row.depth == 0 }),
                .styled(claim.wording(preferPlain: ctx.input.audience.preferPlain), wording),
                .styled(claim.kind.rawValue, kindFill),
                .text(model.displayName(for: claim.assertedBy)),
                ctx.claimLinks(bearsOn[.supports] ?? []),
                ctx.claimLinks(bearsOn[.attacks] ?? []),
                ctx.claimLinks(bearsOn[.rebuts] ?? []),
                ctx.evidenceLinks(unique(evidence)),
                .paragraph(claim.location?.paragraph),
                claim.hedge.map(CellValue.text) ?? .blank,
                claim.teacherNote.map { .styled($0, WorkbookStyle.teacherNote) } ?? .blank,
            ]
        }
        let kept = try SheetTable.write(ws, ctx, columns: columns, rows: rows, rowLevels: structure.rows.map(\.depth))
        try ws.outlineSummaryAbove()
        try writeLegend(ws, ctx, col: kept.count + 1)
    }

    /// The colour legend beside the table.
    static func writeLegend(_ ws: Worksheet, _ ctx: SheetContext, col: Int) throws {
        try ws.setColumns(col, width: 30)
        try ws.write("Kinds of claim", row: SheetTable.headerRow, col: col, format: ctx.style(WorkbookStyle.header))
        let meanings: [ClaimKind: String] = [
            .fact: "fact — can be checked",
            .opinion: "opinion — a judgement",
            .prediction: "prediction — about the future",
            .value: "value — what matters or is good",
            .policy: "policy — what should be done",
        ]
        for (i, kind) in ClaimKind.allCases.enumerated() {
            try ws.write(meanings[kind] ?? kind.rawValue, row: SheetTable.firstDataRow + i, col: col,
                         format: ctx.style(WorkbookStyle.body.with { $0.backgroundColor = WorkbookStyle.fill(for: kind) }))
        }
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
