import XlsxWriter

/// Row heights for wrapped text. Readers do not all fit rows to wrapped text on load
/// (LibreOffice keeps the default height), so the workbook sets them from the text's length.
enum RowHeight {
    static let lineHeight = 15.0
    static let maximum = 409.0

    /// Lines `text` takes in a column `width` characters wide.
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width * 1.2))
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, ($0.count + perLine - 1) / perLine) }.reduce(0, +)
    }

    /// The height for a row whose wrapped cells hold these texts at these widths; `nil` when one line fits.
    static func height(_ cells: [(text: String, width: Double)]) -> Double? {
        let most = cells.map { lines($0.text, width: $0.width) }.max() ?? 1
        return most > 1 ? min(maximum, Double(most) * lineHeight + 3) : nil
    }
}

extension CellValue {
    /// The text the cell shows, for sizing.
    var shownText: String {
        switch self {
        case .text(let s), .styled(let s, _): s
        case .link(_, _, let s): s
        default: ""
        }
    }
}
