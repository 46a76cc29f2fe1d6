import CXlsxWriter

extension Worksheet {
    /// Writes a hyperlink to a web or mail address, shown as `text` (the URL when `nil`).
    ///
    /// Throws ``XlsxError/invalidURL(url:reason:)`` for a URL with `internal:` or `external:`
    /// anywhere in it: the library reads those as link kinds and writes a broken link. Use
    /// ``writeLink(toSheet:cell:text:row:col:format:)`` for links inside the workbook.
    package func writeLink(url: String, text: String? = nil, tooltip: String? = nil,
                          row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        let lowered = url.lowercased()
        for marker in ["internal:", "external:"] where lowered.contains(marker) {
            throw XlsxError.invalidURL(url: url, reason: "contains \"\(marker)\", which libxlsxwriter reads as a link kind")
        }
        guard ["http://", "https://", "ftp://", "mailto:"].contains(where: { lowered.hasPrefix($0) }) else {
            throw XlsxError.invalidURL(url: url, reason: "only http, https, ftp and mailto links are supported")
        }
        try writeURL(url, text: text, tooltip: tooltip, row: row, col: col, format: format)
    }

    /// Writes a link to a cell of a sheet in this workbook, shown as `text`.
    package func writeLink(toSheet sheet: String, cell: String = "A1", text: String, tooltip: String? = nil,
                          row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        try SheetName.validate(sheet)
        try writeURL("internal:\(SheetName.quoted(sheet))!\(cell)", text: text, tooltip: tooltip,
                     row: row, col: col, format: format)
    }

    private func writeURL(_ url: String, text: String?, tooltip: String?, row: Int, col: Int, format: Format?) throws {
        try XMLText.check(url + (text ?? "") + (tooltip ?? ""), "\(name)!\(CellReference.cell(row: row, col: col))")
        let shown = text.map { fitted($0, row: row, col: col) }
        try check(worksheet_write_url_opt(pointer, lxw_row_t(row), lxw_col_t(col), url, format?.pointer,
                                          shown, tooltip.map { String($0.prefix(255)) }),
                  "worksheet_write_url(\(CellReference.cell(row: row, col: col)))")
    }
}
