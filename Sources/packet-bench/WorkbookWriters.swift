import CXlsxWriter
import Foundation
import XlsxWriter

/// The two ways of writing the ``CellStream``: through the Swift wrapper the renderers use, and
/// with direct libxlsxwriter calls, the baseline the wrapper's overhead is measured against.
enum WorkbookWriters {
    enum Variant: String, CaseIterable {
        case wrapper, c
    }

    /// Writes `stream` to `path` and returns the seconds it took (building the workbook and closing it).
    static func write(_ variant: Variant, stream: CellStream, path: String, constantMemory: Bool) throws -> Double {
        switch variant {
        case .wrapper: return try wrapper(stream, path: path, constantMemory: constantMemory)
        case .c: return try direct(stream, path: path, constantMemory: constantMemory)
        }
    }

    private static func wrapper(_ stream: CellStream, path: String, constantMemory: Bool) throws -> Double {
        try Stopwatch.seconds {
            let workbook = try Workbook(path: path, options: WorkbookOptions(constantMemory: constantMemory))
            let sheet = try workbook.addWorksheet("Cells")
            for row in 0..<stream.rows {
                for col in 0..<CellStream.columns {
                    if col % 2 == 0 {
                        try sheet.write(stream.swiftText[stream.textIndex(row: row, col: col)], row: row, col: col)
                    } else {
                        try sheet.write(number: stream.number(row: row, col: col), row: row, col: col)
                    }
                }
            }
            try workbook.close()
        }
    }

    private static func direct(_ stream: CellStream, path: String, constantMemory: Bool) throws -> Double {
        var failure: lxw_error = LXW_NO_ERROR
        let seconds = Stopwatch.seconds {
            var options = lxw_workbook_options()
            options.constant_memory = constantMemory ? 1 : 0
            guard let workbook = workbook_new_opt(path, &options), let sheet = workbook_add_worksheet(workbook, "Cells") else {
                failure = LXW_ERROR_MEMORY_MALLOC_FAILED
                return
            }
            for row in 0..<stream.rows {
                for col in 0..<CellStream.columns {
                    let result = col % 2 == 0
                        ? worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col),
                                                 stream.cText[stream.textIndex(row: row, col: col)], nil)
                        : worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), stream.number(row: row, col: col), nil)
                    if result != LXW_NO_ERROR && failure == LXW_NO_ERROR { failure = result }
                }
            }
            let closed = workbook_close(workbook)
            if closed != LXW_NO_ERROR && failure == LXW_NO_ERROR { failure = closed }
        }
        guard failure == LXW_NO_ERROR else {
            throw BenchError("libxlsxwriter: \(String(cString: lxw_strerror(failure)))")
        }
        return seconds
    }
}
