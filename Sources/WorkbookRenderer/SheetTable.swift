import PacketModel
import XlsxWriter

/// One column of a sheet's table.
struct TableColumn {
    var title: String
    /// Width in characters.
    var width: Double
    var wrap = false
    /// Left out of the student workbook.
    var teacherOnly = false
}

/// The layout every table sheet shares: a title, a one-line explanation, a header row that
/// stays in view and prints on every page, filter buttons, and print setup.
enum SheetTable {
    /// Row of the header: below the title and the explanation.
    static let headerRow = 3
    static var firstDataRow: Int { headerRow + 1 }

    /// Writes the title (row 0) and an explanation (row 1).
    static func writeTitle(_ ws: Worksheet, _ ctx: SheetContext, title: String, explanation: String) throws {
        let shown = ctx.input.isDraft ? "\(RenderInput.draftBanner) · \(title)" : title
        try ws.write(shown, row: 0, col: 0, format: ctx.style(WorkbookStyle.title))
        try ws.setRow(0, height: 24)
        try ws.write(explanation, row: 1, col: 0, format: ctx.style(WorkbookStyle.subtitle))
    }

    /// Writes the header and rows, dropping teacher-only columns in the student edition, and
    /// sets up freezing, filters and printing. Returns the kept columns' indices in `columns`.
    @discardableResult
    static func write(_ ws: Worksheet, _ ctx: SheetContext, columns: [TableColumn], rows: [[CellValue]],
                      rowLevels: [Int]? = nil) throws -> [Int] {
        let kept = columns.indices.filter { ctx.isTeacher || !columns[$0].teacherOnly }
        for (c, index) in kept.enumerated() {
            try ws.write(columns[index].title, row: headerRow, col: c, format: ctx.style(WorkbookStyle.header))
            try ws.setColumns(c, width: fittedWidth(columns[index], values: rows.compactMap { index < $0.count ? $0[index] : nil }))
        }
        try ws.setRow(headerRow, height: 30)
        for (r, row) in rows.enumerated() {
            for (c, index) in kept.enumerated() where index < row.count {
                try ws.write(row[index], row: firstDataRow + r, col: c, wrap: columns[index].wrap, style: ctx.style)
            }
            let wrapped = kept.filter { columns[$0].wrap && $0 < row.count }.map { (row[$0].shownText, columns[$0].width) }
            let level = min(rowLevels?[r] ?? 0, 7)
            let height = RowHeight.height(wrapped)
            if height != nil || level > 0 { try ws.setRow(firstDataRow + r, height: height, level: level) }
        }
        let lastRow = firstDataRow + max(rows.count, 1) - 1
        try ws.freezePanes(row: firstDataRow, col: 0)
        try ws.autofilter(CellRange(firstRow: headerRow, firstCol: 0, lastRow: lastRow, lastCol: kept.count - 1))
        let width = kept.map { columns[$0].width }.reduce(0, +)
        try printSetup(ws, ctx, landscape: width > 95, repeatHeader: true)
        return kept
    }

    /// A column that does not wrap is widened to its longest value (up to 40 characters) so
    /// that ids and short values are never cut off; a wrapping column keeps its width.
    static func fittedWidth(_ column: TableColumn, values: [CellValue]) -> Double {
        guard !column.wrap else { return column.width }
        let longest = values.map { $0.shownText.split(separator: "\n").map(\.count).max() ?? 0 }.max() ?? 0
        return min(max(column.width, Double(longest) + 2), max(column.width, 40))
    }

    /// Says in a sentence that a sheet has nothing to show, instead of an empty grid.
    static func writeEmpty(_ ws: Worksheet, _ ctx: SheetContext, sentence: String) throws {
        try ws.setColumns(0, width: 90)
        try ws.write(sentence, row: headerRow, col: 0, format: ctx.style(WorkbookStyle.note))
        try printSetup(ws, ctx, landscape: false, repeatHeader: false)
    }

    /// Landscape where wide, one page wide, the header row on every page, and a header and
    /// footer with the sheet and article titles and the page number.
    static func printSetup(_ ws: Worksheet, _ ctx: SheetContext, landscape: Bool, repeatHeader: Bool) throws {
        if landscape { try ws.setLandscape() }
        try ws.fitToPages(width: 1, height: 0)
        if repeatHeader { try ws.repeatRows(headerRow) }
        try ws.setMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)
        try ws.setHeader("&L" + Worksheet.escapedForHeader(ws.name, limit: 40)
                         + "&R" + Worksheet.escapedForHeader(ctx.article.metadata.title, limit: 90))
        try ws.setFooter("&L" + Worksheet.escapedForHeader(ctx.article.metadata.outlet, limit: 60)
                         + "&RPage &P of &N")
    }
}
