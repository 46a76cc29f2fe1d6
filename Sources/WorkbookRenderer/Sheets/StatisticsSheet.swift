import PacketModel
import XlsxWriter

/// The article's numbers as real numbers with fitting formats, their scope and caveats, and a
/// bar chart of the largest group of comparable numbers.
enum StatisticsSheet {
    static let columns = [
        TableColumn(title: "ID", width: 8),
        TableColumn(title: "Value", width: 11),
        TableColumn(title: "As written", width: 16, wrap: true),
        TableColumn(title: "Approx.", width: 9, wrap: true),
        TableColumn(title: "Unit", width: 10),
        TableColumn(title: "Measures", width: 40, wrap: true),
        TableColumn(title: "Population", width: 24, wrap: true),
        TableColumn(title: "From", width: 11),
        TableColumn(title: "To", width: 11),
        TableColumn(title: "Source", width: 24, wrap: true),
        TableColumn(title: "Caveat", width: 32, wrap: true),
        TableColumn(title: "¶", width: 5),
        TableColumn(title: "Teacher note", width: 36, wrap: true, teacherOnly: true),
    ]

    /// The value as stored in the cell: percentages as fractions so `0%` shows them.
    static func cellValue(_ s: Statistic) -> Double {
        s.isPercent ? s.value.representative / 100 : s.value.representative
    }

    static func approximation(_ s: Statistic) -> String {
        switch s.value {
        case .range(let lo, let hi?): return "range \(QuizItem.format(lo))–\(QuizItem.format(hi))"
        case .range(let lo, nil): return "at least \(QuizItem.format(lo))"
        case .exact: return s.approximate ? "approx." : ""
        }
    }

    /// Articles with at least this many figures list them grouped by unit, each group under a
    /// label row, instead of in article order: 30 figures in paragraph order are hard to compare.
    static let groupingThreshold = 12

    /// One row of the table: a group's label, or a statistic.
    enum Row {
        case label(String)
        case statistic(Statistic)
    }

    /// The rows in order: article order for a few figures; grouped by unit (the largest group
    /// first, each in article order) for many.
    static func layout(_ stats: [Statistic]) -> [Row] {
        guard stats.count >= groupingThreshold else { return stats.map(Row.statistic) }
        var order: [String] = []
        var groups: [String: [Statistic]] = [:]
        for s in stats {
            if groups[s.unit] == nil { order.append(s.unit) }
            groups[s.unit, default: []].append(s)
        }
        let ranked = order.enumerated().sorted { a, b in
            (groups[a.element]!.count, -a.offset) > (groups[b.element]!.count, -b.offset)
        }.map(\.element)
        // A unit only one figure has is no group: such figures go last, together, in article order.
        let singles = stats.filter { groups[$0.unit]!.count == 1 }
        let rows = ranked.filter { groups[$0]!.count > 1 }.flatMap { unit -> [Row] in
            let members = groups[unit]!
            return [.label("\(groupName(unit)) (\(members.count))")] + members.map(Row.statistic)
        }
        return rows + (singles.isEmpty ? [] : [.label("Other figures, one of each kind (\(singles.count))")] + singles.map(Row.statistic))
    }

    /// A group's label: "Percentages", "Figures in dollars", "Counts of jobs".
    static func groupName(_ unit: String) -> String {
        switch unit.lowercased() {
        case "percent", "%": "Percentages"
        case "percentage points": "Percentage points"
        case "": "Other figures"
        default: "Figures in \(unit)"
        }
    }

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let stats = ctx.article.statistics
        let grouped = stats.count >= groupingThreshold
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Values are real numbers; ranges show their middle (or minimum). \"As written\" is how the article words each number."
                + (grouped ? " Grouped by unit, the largest group first; within a group, in the article's order." : ""))
        guard !stats.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article gives no statistics, so there is nothing to chart here.")
        }
        let layout = layout(stats)
        let rows = layout.map { row -> [CellValue] in
            guard case .statistic(let s) = row else {
                guard case .label(let text) = row else { return [] }
                return [.styled(text, WorkbookStyle.sectionLabel)]
            }
            let valueStyle = WorkbookStyle.body.with {
                $0.numberFormat = WorkbookStyle.numberFormat(for: s); $0.horizontal = .center; $0.italic = s.approximate
            }
            return [
                .text(s.id), .number(cellValue(s), valueStyle), .text(s.asWritten), .text(approximation(s)),
                .text(s.unit), .text(s.measures), s.population.map(CellValue.text) ?? .blank,
                s.period?.start.map(CellValue.date) ?? .blank, s.period?.end.map(CellValue.date) ?? .blank,
                s.source.map(CellValue.text) ?? .blank, s.caveat.map(CellValue.text) ?? .blank,
                .paragraph(s.location?.paragraph),
                s.teacherNote.map { .styled($0, WorkbookStyle.teacherNote) } ?? .blank,
            ]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
        var rowOf: [String: Int] = [:]
        for (i, row) in layout.enumerated() {
            if case .statistic(let s) = row, rowOf[s.id] == nil { rowOf[s.id] = SheetTable.firstDataRow + i }
        }
        try writeChart(ws, ctx, rowOf: rowOf, below: SheetTable.firstDataRow + layout.count + 1)
    }

    /// The figures a chart may compare: the largest set sharing a unit and a period (percent wins
    /// ties), figures of speech left out; none when no two figures share both.
    static func chartGroup(_ stats: [Statistic]) -> [Statistic] {
        struct Key: Hashable { var unit: String; var start: PartialDate?; var end: PartialDate? }
        let groups = Dictionary(grouping: stats.filter { !$0.figurative }) {
            Key(unit: $0.unit, start: $0.period?.start, end: $0.period?.end)
        }
        let firstPlace = Dictionary(stats.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard let best = groups.values.filter({ $0.count >= 2 }).max(by: { a, b in
            (a.count, a[0].unit == "percent" ? 1 : 0, -(firstPlace[a[0].id] ?? 0))
                < (b.count, b[0].unit == "percent" ? 1 : 0, -(firstPlace[b[0].id] ?? 0))
        }) else { return [] }
        return best
    }

    /// A bar chart of the chosen group, fed by a small table of formulas pointing at the values;
    /// a sentence instead when no figures are comparable.
    static func writeChart(_ ws: Worksheet, _ ctx: SheetContext, rowOf: [String: Int], below startRow: Int) throws {
        let group = chartGroup(ctx.article.statistics)
        let top = startRow + 1
        guard !group.isEmpty, let unit = group.first?.unit else {
            try ws.write("No chart: no two of the article's figures share a unit and a period, so none can be compared on one axis.",
                         row: top, col: 0, format: ctx.style(WorkbookStyle.note))
            return
        }
        let period = group.first?.period.map { p in [p.start, p.end].compactMap { $0?.iso }.joined(separator: " to ") } ?? ""
        try ws.write("Chart data: statistics measured in \(unit)" + (period.isEmpty ? "" : ", \(period)"), row: top, col: 0,
                     format: ctx.style(WorkbookStyle.sectionLabel))
        try ws.write("Measures", row: top + 1, col: 5, format: ctx.style(WorkbookStyle.header))
        try ws.write("Value", row: top + 1, col: 1, format: ctx.style(WorkbookStyle.header))
        for (i, s) in group.enumerated() {
            let row = top + 2 + i
            guard let sourceRow = rowOf[s.id] else { continue }
            let source = CellReference.cell(row: sourceRow, col: 1)
            let style = WorkbookStyle.body.with { $0.numberFormat = WorkbookStyle.numberFormat(for: s); $0.horizontal = .right }
            try ws.write(formula: "=" + source, result: cellValue(s), row: row, col: 1, format: ctx.style(style))
            let label = s.measures.count > 60 ? String(s.measures.prefix(59)) + "…" : s.measures
            try ws.write(label, row: row, col: 5, format: ctx.style(WorkbookStyle.body))
        }
        let last = top + 1 + group.count
        let chart = try ctx.workbook.addChart(.bar)
        try chart.addSeries(name: unit, sheet: ws.name,
                            categories: CellRange(firstRow: top + 2, firstCol: 5, lastRow: last, lastCol: 5),
                            values: CellRange(firstRow: top + 2, firstCol: 1, lastRow: last, lastCol: 1),
                            color: WorkbookStyle.chartBlue, dataLabels: true)
        try chart.setTitle(group.first?.isPercent == true ? "The article's percentages" : "The article's figures in \(unit)")
        try chart.setLegend(.none)
        if group.first?.isPercent == true { try chart.setAxisNumberFormat(y: "0%") }
        try chart.setAxisNames(x: nil, y: unit)
        try ws.insertChart(chart, row: last + 2, col: 5, xScale: 1.6, yScale: 1 + Double(max(group.count - 4, 0)) * 0.12)
    }
}
