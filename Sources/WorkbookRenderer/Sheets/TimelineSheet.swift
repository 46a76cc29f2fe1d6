import PacketModel
import XlsxWriter

/// Events in date order with real dates shown to their precision, and a column chart of
/// events per year.
enum TimelineSheet {
    static let columns = [
        TableColumn(title: "Date", width: 13),
        TableColumn(title: "Known to", width: 9),
        TableColumn(title: "Event", width: 58, wrap: true),
        TableColumn(title: "People", width: 22, wrap: true),
        TableColumn(title: "Places", width: 18, wrap: true),
        TableColumn(title: "How dated", width: 22, wrap: true),
        TableColumn(title: "¶", width: 5),
        TableColumn(title: "Teacher note", width: 36, wrap: true, teacherOnly: true),
    ]

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let model = ctx.article
        let events = model.chronologicalEvents
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Dates show only what the article lets us know: a year, a month, or a day.")
        guard !events.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article dates no events, so there is no timeline.")
        }
        let rows = events.map { e -> [CellValue] in
            let basis = switch e.basis {
            case .stated: "stated in the article"
            case .resolved: "worked out from “\(e.phrase ?? "a relative phrase")”"
            case .outside: "from outside the article (not dated in the text)"
            }
            return [
                .date(e.date), .styled(e.date.precision.rawValue, WorkbookStyle.centered), .text(e.description),
                .text(e.people.map(model.displayName(for:)).joined(separator: ", ")),
                .text(e.places.map(model.displayName(for:)).joined(separator: ", ")),
                .text(basis), .paragraph(e.location?.paragraph),
                e.teacherNote.map { .styled($0, WorkbookStyle.teacherNote) } ?? .blank,
            ]
        }
        try SheetTable.write(ws, ctx, columns: columns, rows: rows)
        try writeChart(ws, ctx, events: events, below: SheetTable.firstDataRow + events.count + 1)
    }

    /// The years to chart: every year from first to last when the span is short, else the
    /// years that have events.
    static func chartYears(_ events: [TimelineEvent]) -> [Int] {
        let years = events.map(\.date.year).filter { $0 >= 1900 }
        guard let lo = years.min(), let hi = years.max() else { return [] }
        return hi - lo <= 40 ? Array(lo...hi) : Array(Set(years)).sorted()
    }

    static func writeChart(_ ws: Worksheet, _ ctx: SheetContext, events: [TimelineEvent], below startRow: Int) throws {
        let years = chartYears(events)
        guard !years.isEmpty else { return }
        let top = startRow + 1
        let dates = CellReference.range(firstRow: SheetTable.firstDataRow, firstCol: 0,
                                        lastRow: SheetTable.firstDataRow + events.count - 1, lastCol: 0, absolute: true)
        try ws.write("Chart data: events per year", row: top, col: 0, format: ctx.style(WorkbookStyle.sectionLabel))
        try ws.write("Year", row: top + 1, col: 0, format: ctx.style(WorkbookStyle.header))
        try ws.write("Events", row: top + 1, col: 1, format: ctx.style(WorkbookStyle.header))
        for (i, year) in years.enumerated() {
            let row = top + 2 + i
            let count = events.filter { $0.date.year == year }.count
            try ws.write(number: Double(year), row: row, col: 0, format: ctx.style(WorkbookStyle.centered.with { $0.numberFormat = "0" }))
            let formula = "=COUNTIFS(\(dates),\">=\"&DATE(\(year),1,1),\(dates),\"<\"&DATE(\(year + 1),1,1))"
            try ws.write(formula: formula, result: Double(count), row: row, col: 1, format: ctx.style(WorkbookStyle.score))
        }
        let last = top + 1 + years.count
        let chart = try ctx.workbook.addChart(.column)
        try chart.addSeries(name: "Events", sheet: ws.name,
                            categories: CellRange(firstRow: top + 2, firstCol: 0, lastRow: last, lastCol: 0),
                            values: CellRange(firstRow: top + 2, firstCol: 1, lastRow: last, lastCol: 1),
                            color: WorkbookStyle.chartBlue)
        try chart.setTitle("Events per year")
        try chart.setLegend(.none)
        try chart.setAxisNames(x: "Year", y: "Events")
        try chart.setMajorUnit(y: 1)
        try ws.insertChart(chart, row: top, col: 3, xScale: 1.3, yScale: 1.1)
    }
}
