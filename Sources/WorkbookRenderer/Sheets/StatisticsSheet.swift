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

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let stats = ctx.article.statistics
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Values are real numbers; ranges show their middle (or minimum). \"As written\" is how the article words each number.")
        guard !stats.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article gives no statistics, so there is nothing to chart here.")
        }
        let rows = stats.map { s -> [CellValue] in
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
        try writeChart(ws, ctx, below: SheetTable.firstDataRow + stats.count + 1)
    }

    /// The unit with the most statistics (percent wins ties): those numbers are comparable.
    static func chartGroup(_ stats: [Statistic]) -> [Statistic] {
        let units = Dictionary(grouping: stats, by: \.unit)
        guard let best = units.max(by: { a, b in
            (a.value.count, a.key == "percent" ? 1 : 0, b.key) < (b.value.count, b.key == "percent" ? 1 : 0, a.key)
        }) else { return [] }
        return best.value
    }

    /// A bar chart of the chosen group, fed by a small table of formulas pointing at the values.
    static func writeChart(_ ws: Worksheet, _ ctx: SheetContext, below startRow: Int) throws {
        let group = chartGroup(ctx.article.statistics)
        guard !group.isEmpty, let unit = group.first?.unit else { return }
        let top = startRow + 1
        try ws.write("Chart data: statistics measured in \(unit)", row: top, col: 0,
                     format: ctx.style(WorkbookStyle.sectionLabel))
        try ws.write("Measures", row: top + 1, col: 5, format: ctx.style(WorkbookStyle.header))
        try ws.write("Value", row: top + 1, col: 1, format: ctx.style(WorkbookStyle.header))
        for (i, s) in group.enumerated() {
            let row = top + 2 + i
            guard let index = ctx.article.statistics.firstIndex(where: { $0.id == s.id }) else { continue }
            let source = CellReference.cell(row: SheetTable.firstDataRow + index, col: 1)
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
