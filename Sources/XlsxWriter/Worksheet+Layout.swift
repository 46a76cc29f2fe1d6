import CXlsxWriter

extension Worksheet {
    /// Sets the width (in characters) of columns `first...last`, with an optional default format
    /// and outline level.
    package func setColumns(_ first: Int, _ last: Int? = nil, width: Double, format: Format? = nil,
                           hidden: Bool = false, level: Int = 0) throws {
        try state.ensureOpen()
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: UInt8(clamping: level), collapsed: 0)
        try check(worksheet_set_column_opt(pointer, lxw_col_t(first), lxw_col_t(last ?? first), width,
                                           format?.pointer, &options),
                  "worksheet_set_column(\(CellReference.column(first)))")
    }

    /// Sets a row's height in points (`nil` keeps the default), format and outline level.
    package func setRow(_ row: Int, height: Double? = nil, format: Format? = nil, hidden: Bool = false,
                       level: Int = 0) throws {
        try state.ensureOpen()
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: UInt8(clamping: level), collapsed: 0)
        try check(worksheet_set_row_opt(pointer, lxw_row_t(row), height ?? 15.0, format?.pointer,
                                        &options),
                  "worksheet_set_row(\(row + 1))")
    }

    /// Keeps rows above `row` and columns left of `col` in view while scrolling.
    package func freezePanes(row: Int, col: Int = 0) throws {
        try state.ensureOpen()
        worksheet_freeze_panes(pointer, lxw_row_t(row), lxw_col_t(col))
    }

    /// Adds filter buttons to the header row of `range`.
    package func autofilter(_ range: CellRange) throws {
        try state.ensureOpen()
        try check(worksheet_autofilter(pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstCol),
                                       lxw_row_t(range.lastRow), lxw_col_t(range.lastCol)),
                  "worksheet_autofilter(\(range.a1))")
    }

    /// Hides the sheet's tab (it is still in the file).
    package func hide() throws {
        try state.ensureOpen()
        worksheet_hide(pointer)
    }

    /// Shows outline (grouping) symbols with summary rows above the detail.
    package func outlineSummaryAbove() throws {
        try state.ensureOpen()
        worksheet_outline_settings(pointer, 1, 0, 1, 0)
    }
}
