import PacketModel
import XlsxWriter

/// What goes into one cell of a sheet's table.
enum CellValue {
    /// Text, wrapped when the column wraps.
    case text(String)
    /// Text in a particular style.
    case styled(String, FormatSpec)
    /// Wrapped text with the characters `highlight` in bold: a word or phrase in its sentence.
    case emphasized(String, highlight: Range<Int>)
    /// A number in a style that carries its number format.
    case number(Double, FormatSpec)
    /// A date shown to its precision.
    case date(PartialDate)
    /// A paragraph number, or nothing.
    case paragraph(Int?)
    /// A link to a cell of another sheet of the workbook.
    case link(sheet: String, cell: String, text: String)
    /// A formula and the result it computes, so readers that do not recalculate show it.
    case formula(String, result: FormulaResult, FormatSpec)
    case blank

    /// A formula's value as computed in Swift.
    enum FormulaResult: Equatable {
        case number(Double)
        case text(String)
    }
}

extension Worksheet {
    /// Writes one cell value; `wrap` picks the wrapped text style for plain text.
    func write(_ value: CellValue, row: Int, col: Int, wrap: Bool, style: WorkbookStyle) throws {
        switch value {
        case .text(let s):
            try write(s, row: row, col: col, format: style(wrap ? WorkbookStyle.wrapped : WorkbookStyle.body))
        case .styled(let s, let spec):
            try write(s, row: row, col: col, format: style(spec))
        case .emphasized(let s, let highlight):
            let characters = Array(s)
            let range = highlight.clamped(to: 0..<characters.count)
            let plain = try style(WorkbookStyle.wrapped), bold = try style(WorkbookStyle.wrapped.with { $0.bold = true })
            try write(runs: [(String(characters[..<range.lowerBound]), plain), (String(characters[range]), bold),
                             (String(characters[range.upperBound...]), plain)],
                      row: row, col: col, format: plain)
        case .number(let v, let spec):
            try write(number: v, row: row, col: col, format: style(spec))
        case .date(let d):
            if d.year >= 1900 {
                let (y, m, dd) = d.firstDay
                try writeDate(year: y, month: m, day: dd, row: row, col: col, format: style(WorkbookStyle.date(d.precision)))
            } else {
                try write(d.iso, row: row, col: col, format: style(WorkbookStyle.centered))
            }
        case .paragraph(let p):
            if let p { try write(number: Double(p), row: row, col: col, format: style(WorkbookStyle.paragraph)) }
        case .link(let sheet, let cell, let text):
            try writeLink(toSheet: sheet, cell: cell, text: text, row: row, col: col, format: style(WorkbookStyle.link))
        case .formula(let f, .number(let v), let spec):
            try write(formula: f, result: v, row: row, col: col, format: style(spec))
        case .formula(let f, .text(let s), let spec):
            try write(formula: f, textResult: s, row: row, col: col, format: style(spec))
        case .blank:
            break
        }
    }
}
