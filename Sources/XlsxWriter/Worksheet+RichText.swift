import CXlsxWriter

extension Worksheet {
    /// Writes text made of runs in different formats (e.g. one word in bold) as one string cell;
    /// `format` is the cell's own (alignment, wrapping, fill). Empty runs are dropped; with a single
    /// run left it is written as plain text in `format`.
    package func write(runs: [(text: String, format: Format?)], row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        let kept = runs.filter { !$0.text.isEmpty }
        guard kept.count > 1 else { return try write(kept.first?.text ?? "", row: row, col: col, format: format) }
        let total = kept.map(\.text.utf16.count).reduce(0, +)
        guard total <= CellText.maximumLength else {
            return try write(kept.map(\.text).joined(), row: row, col: col, format: format)
        }
        let pool = CStringPool()
        defer { pool.free() }
        var tuples = kept.map { lxw_rich_string_tuple(format: $0.format?.pointer, string: pool.copy($0.text)) }
        let result = tuples.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            guard let base = buffer.baseAddress else { return LXW_ERROR_PARAMETER_VALIDATION }
            var pointers: [UnsafeMutablePointer<lxw_rich_string_tuple>?] = (0..<buffer.count).map { base + $0 }
            pointers.append(nil)
            return pointers.withUnsafeMutableBufferPointer {
                worksheet_write_rich_string(pointer, lxw_row_t(row), lxw_col_t(col), $0.baseAddress, format?.pointer)
            }
        }
        try check(result, "worksheet_write_rich_string(\(CellReference.cell(row: row, col: col)))")
    }
}
