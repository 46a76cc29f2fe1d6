import XlsxWriter

/// Row heights for wrapped text. Readers do not all fit rows to wrapped text on load
/// (LibreOffice keeps the default height), so the workbook sets them from the text's length.
enum RowHeight {
    static let lineHeight = 15.0
    static let maximum = 409.0
    /// Running text fits about 1.3 characters per unit of column width in Excel's Calibri (the
    /// unit is the width of a `0`; most letters and spaces are narrower), more in LibreOffice.
    /// Sheets of prose size rows by 1.2, a margin for bold words; tables of ids and short values
    /// keep one character per unit.
    static let proseCharactersPerUnit = 1.2

    /// Lines `text` takes in a column `width` characters wide, wrapped word by word as a
    /// spreadsheet does (a word that does not fit starts a new line).
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width))
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { (paragraph: Substring) -> Int in
            var lines = 1, used = 0
            for word in paragraph.split(separator: " ") {
                let length = characterCount(word)
                if used == 0 {
                    used = length
                } else if used + 1 + length <= perLine {
                    used += 1 + length
                } else {
                    lines += 1
                    used = length
                }
                while used > perLine { lines += 1; used -= perLine }
            }
            return lines
        }.reduce(0, +)
    }

    /// The characters of a word: its bytes when they are all ASCII (no carriage return, which
    /// joins a line feed into one character), else counted one by one.
    private static func characterCount(_ word: Substring) -> Int {
        word.utf8.contains { $0 >= 0x80 || $0 == 0x0D } ? word.count : word.utf8.count
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
        case .text(let s), .styled(let s, _), .emphasized(let s, _): s
        case .link(_, _, let s): s
        default: ""
        }
    }
}
