/// Breaks a paragraph into lines of at most a given width, on word boundaries only.
///
/// Widths count characters (grapheme clusters), so `¶`, `—` and curly quotes count as one.
/// A paragraph citation such as `[¶3]` stays on the line of the word before it, and a word
/// longer than the available width stands alone on its line rather than being split.
package struct WordWrapper: Sendable {
    /// The widest a line may be, indentation included.
    package var width: Int

    package init(width: Int) { self.width = max(1, width) }

    /// Wraps `text` (whose runs of whitespace count as one space) into lines.
    ///
    /// - Parameters:
    ///   - firstIndent: Printed before the first line (e.g. `"  - "`).
    ///   - indent: Printed before every following line (a hanging indent, e.g. `"    "`).
    /// - Returns: The lines, without trailing spaces or newlines; `[firstIndent]` trimmed when `text` is blank.
    package func wrap(_ text: String, firstIndent: String = "", indent: String = "") -> [String] {
        let units = Self.units(of: text, fitting: width - max(firstIndent.count, indent.count))
        guard !units.isEmpty else { return [Self.trimmingTrailingSpaces(firstIndent)] }
        var lines: [String] = []
        var line = firstIndent
        var lineHasWord = false
        for unit in units {
            if !lineHasWord {
                line += unit
                lineHasWord = true
            } else if line.count + 1 + unit.count <= width {
                line += " " + unit
            } else {
                lines.append(line)
                line = indent + unit
            }
        }
        lines.append(line)
        return lines
    }

    /// The unbreakable pieces of `text`: words, with citations such as `[¶3]` glued to the word
    /// before as long as the pair fits in `room` columns.
    static func units(of text: String, fitting room: Int) -> [String] {
        var units: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            if isCitation(word), let last = units.last, last.count + 1 + word.count <= room {
                units[units.count - 1] = last + " " + word
            } else {
                units.append(String(word))
            }
        }
        return units
    }

    /// True for a paragraph citation such as `[¶3]` or `[¶3–4].`.
    static func isCitation(_ word: Substring) -> Bool {
        word.hasPrefix("[¶")
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " || line.last == "\t" { line = line.dropLast() }
        return String(line)
    }
}
