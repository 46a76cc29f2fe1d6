/// Rows of tab-separated fields for upload formats that have no quoting: a tab or line break
/// inside a field would start a new field or row, so each becomes one space.
enum TabSeparated {
    /// A field with tabs and line breaks replaced by spaces.
    static func field(_ text: String) -> String {
        // Only a tab or a line break changes anything: ASCII 9–13, NEL (C2 85), and the line and
        // paragraph separators (E2 80 A8/A9). Curly quotes (E2 80 99) and the like change nothing.
        let bytes = text.utf8
        var needed = false
        var previous: (UInt8, UInt8) = (0, 0)
        for b in bytes {
            if (0x09...0x0D).contains(b) || (previous.1 == 0xC2 && b == 0x85)
                || (previous == (0xE2, 0x80) && (b == 0xA8 || b == 0xA9)) { needed = true; break }
            previous = (previous.1, b)
        }
        guard needed else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// Rows joined by `\n`, fields by tabs; the file ends with a line break.
    static func file(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: "\t") + "\n" }.joined()
    }

    /// A note for the manifest when fields start with `=`, `+`, `-` or `@` (a negative number
    /// aside): a spreadsheet opening the file reads them as formulas, and these formats have no
    /// way to mark a field as text (a leading apostrophe would be uploaded as part of it).
    static func formulaNote(_ rows: [[String]], file: String, uploadTo system: String) -> String? {
        let risky = rows.joined().map(field).filter { text in
            guard let first = text.first, "=+-@".contains(first) else { return false }
            return Double(text) == nil
        }
        guard let example = risky.first else { return nil }
        let shown = example.count > 30 ? String(example.prefix(29)) + "…" : example
        return "\(file): \(risky.count == 1 ? "1 field starts" : "\(risky.count) fields start") with =, +, - or @ "
            + "(\"\(shown)\"), which a spreadsheet reads as a formula: upload the file to \(system) as it is, "
            + "and do not open it in a spreadsheet program"
    }
}
