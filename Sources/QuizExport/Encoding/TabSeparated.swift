/// Rows of tab-separated fields for upload formats that have no quoting: a tab or line break
/// inside a field would start a new field or row, so each becomes one space.
enum TabSeparated {
    /// A field with tabs and line breaks replaced by spaces.
    static func field(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// Rows joined by `\n`, fields by tabs; the file ends with a line break.
    static func file(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: "\t") + "\n" }.joined()
    }
}
