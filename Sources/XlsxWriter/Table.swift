import CXlsxWriter

/// An Excel table (a named, filterable, banded range) over cells already written.
package struct TableOptions: Sendable, Hashable {
    /// Letters, digits and underscores, starting with a letter or underscore.
    package var name: String?
    /// Column headers, one per column of the range.
    package var headers: [String]
    /// Built-in style, e.g. 9 for "Table Style Medium 9".
    var mediumStyle: Int
    var bandedRows: Bool

    package init(name: String? = nil, headers: [String], mediumStyle: Int = 2, bandedRows: Bool = true) {
        self.name = name; self.headers = headers; self.mediumStyle = mediumStyle; self.bandedRows = bandedRows
    }
}

extension Worksheet {
    /// Makes `range` (header row included) a table. Total rows are not offered: the library writes
    /// them as `SUBTOTAL(101,[Col])`, which LibreOffice shows as `#NAME?`; write totals as
    /// ordinary formulas with `Table[Col]` instead.
    package func addTable(_ range: CellRange, options: TableOptions) throws {
        try state.ensureOpen()
        let width = range.lastCol - range.firstCol + 1
        guard width > 0, options.headers.count == width else {
            throw XlsxError.invalidArgument("table \(range.a1) has \(width) columns but \(options.headers.count) headers")
        }
        if let name = options.name {
            let ok = name.first.map { $0.isLetter || $0 == "_" } == true
                && name.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
            guard ok else { throw XlsxError.invalidArgument("table name \"\(name)\" must be letters, digits and underscores") }
        }
        for header in options.headers { try XMLText.check(header, "\(name)!\(range.a1): a table header") }
        let pool = CStringPool()
        defer { pool.free() }
        var columns = options.headers.map { header -> lxw_table_column in
            var column = lxw_table_column()
            column.header = pool.copy(header)
            return column
        }
        var t = lxw_table_options()
        t.name = pool.copy(options.name)
        t.style_type = UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue)
        t.style_type_number = UInt8(clamping: options.mediumStyle)
        t.no_banded_rows = options.bandedRows ? 0 : 1
        let result = columns.withUnsafeMutableBufferPointer { cols -> lxw_error in
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<cols.count).map { i in cols.baseAddress.map { $0 + i } } + [nil]
            return pointers.withUnsafeMutableBufferPointer { list in
                t.columns = list.baseAddress
                return worksheet_add_table(pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstCol),
                                           lxw_row_t(range.lastRow), lxw_col_t(range.lastCol), &t)
            }
        }
        try check(result, "worksheet_add_table(\(range.a1))")
    }
}
