/// Rows of tab-separated fields for upload formats that have no quoting: a tab or line break
/// inside a field would start a new field or row, so each becomes one space.
enum TabSeparated {
    /// A field with tabs and line breaks replaced by spaces.
    static func field(_ text: String) -> String {
        // Only a tab or a line break changes anything (every line break but these starts with a
        // byte of 0xC2 or more, so the quick test looks for those too).
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0B || $0 == 0x0C || $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 })
        else { return text }
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
