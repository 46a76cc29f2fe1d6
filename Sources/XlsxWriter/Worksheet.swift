import CXlsxWriter

/// One worksheet of a ``Workbook``. Rows and columns are zero-based, as in the C library.
///
/// Text is always written as text: a string that starts with `=`, `+`, `-` or `@` stays a
/// string and never becomes a formula. Text longer than Excel's cell limit is cut, and the
/// cut is reported in ``Workbook/warnings``.
package final class Worksheet {
    let pointer: UnsafeMutablePointer<lxw_worksheet>
    let state: WorkbookState
    /// The tab name.
    package let name: String

    init(pointer: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        self.pointer = pointer; self.name = name; self.state = workbook.state
    }

    func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws {
        try XlsxError.check(result, "\(operation()) on \"\(name)\"")
    }

    /// Text that fits a cell, with a warning when it had to be cut.
    func fitted(_ text: String, row: Int, col: Int) -> String {
        let (fit, wasCut) = CellText.fitted(text)
        if wasCut {
            state.warnings.append("\(name)!\(CellReference.cell(row: row, col: col)): text of "
                + "\(text.utf16.count) characters cut to Excel's limit of \(CellText.maximumLength)")
        }
        return fit
    }

    /// Writes text as a string cell (never as a formula).
    package func write(_ text: String, row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        try XMLText.check(text, "\(name)!\(CellReference.cell(row: row, col: col))")
        let fit = fitted(text, row: row, col: col)
        if fit.isEmpty { return try writeBlank(row: row, col: col, format: format) }
        try check(worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(col), fit, format?.pointer),
                  "worksheet_write_string(\(CellReference.cell(row: row, col: col)))")
    }

    /// Writes a number.
    package func write(number: Double, row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        guard number.isFinite else {
            throw XlsxError.invalidArgument("\(name)!\(CellReference.cell(row: row, col: col)): \(number) is not a finite number")
        }
        try check(worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(col), number, format?.pointer),
                  "worksheet_write_number(\(CellReference.cell(row: row, col: col)))")
    }

    /// Writes a formula with its numeric result, so readers that do not recalculate on load
    /// (LibreOffice) show the right value.
    package func write(formula: String, result: Double, row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        try XMLText.check(formula, "\(name)!\(CellReference.cell(row: row, col: col))")
        try check(worksheet_write_formula_num(pointer, lxw_row_t(row), lxw_col_t(col), formula, format?.pointer,
                                              result.isFinite ? result : 0),
                  "worksheet_write_formula_num(\(CellReference.cell(row: row, col: col)))")
    }

    /// Writes a formula with its text result.
    package func write(formula: String, textResult: String, row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        try XMLText.check(formula + textResult, "\(name)!\(CellReference.cell(row: row, col: col))")
        try check(worksheet_write_formula_str(pointer, lxw_row_t(row), lxw_col_t(col), formula, format?.pointer,
                                              fitted(textResult, row: row, col: col)),
                  "worksheet_write_formula_str(\(CellReference.cell(row: row, col: col)))")
    }

    /// Writes a date (midnight) as an Excel serial number; `format` should be a date format.
    package func writeDate(year: Int, month: Int, day: Int, row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        var dt = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
        try check(worksheet_write_datetime(pointer, lxw_row_t(row), lxw_col_t(col), &dt, format?.pointer),
                  "worksheet_write_datetime(\(CellReference.cell(row: row, col: col)))")
    }

    /// Writes an empty cell that still carries a format.
    package func writeBlank(row: Int, col: Int, format: Format? = nil) throws {
        try state.ensureOpen()
        guard let format else { return }
        try check(worksheet_write_blank(pointer, lxw_row_t(row), lxw_col_t(col), format.pointer),
                  "worksheet_write_blank(\(CellReference.cell(row: row, col: col)))")
    }

    /// Merges a range and writes text into it.
    package func merge(_ range: CellRange, text: String, format: Format? = nil) throws {
        try state.ensureOpen()
        try XMLText.check(text, "\(name)!\(range.a1)")
        let fit = fitted(text, row: range.firstRow, col: range.firstCol)
        try check(worksheet_merge_range(pointer, lxw_row_t(range.firstRow), lxw_col_t(range.firstCol),
                                        lxw_row_t(range.lastRow), lxw_col_t(range.lastCol), fit, format?.pointer),
                  "worksheet_merge_range(\(range.a1))")
    }
}
