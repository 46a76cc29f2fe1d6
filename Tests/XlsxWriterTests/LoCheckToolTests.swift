import Foundation
import TestHelpers
import Testing
import XlsxWriter

/// Tests of `Tests/tools/xlsx-lo-check`, the LibreOffice check the workbook tests rely on: it
/// must be able to fail, or its passes prove nothing.
@Suite("The xlsx-lo-check tool")
struct LoCheckToolTests {
    /// Writes a one-sheet workbook whose formulas carry the given cached results.
    static func workbook(_ formulas: [(formula: String, cached: Double)], at url: URL) throws {
        let written = try Workbook.data { wb in
            let sheet = try wb.addWorksheet("Sums")
            for (row, cell) in formulas.enumerated() {
                try sheet.write(formula: cell.formula, result: cell.cached, row: row, col: 0)
            }
        }
        try written.data.write(to: url)
    }

    @Test("one call checks several workbooks, reports each on its own line, and fails on a stale result or an error cell",
          .requires(.soffice, .python3))
    func findsStaleResultsAndErrors() throws {
        let folder = try TemporaryFolder.make("lo-check")
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.xlsx"), bad = folder.appendingPathComponent("bad.xlsx")
        try Self.workbook([("=1+1", 2), ("=A1*3", 6)], at: good)
        try Self.workbook([("=1+1", 5), ("=1/0", 0), ("=2+2", 4)], at: bad)

        let result = try Subprocess.run(Tools.xlsxLoCheck.path, [good.path, bad.path])

        #expect(result.status == 1, "\(result.output)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(good.path): 1 sheets, 2 cells compared, 0 problems"), "\(result.output)")
        #expect(lines.contains("\(bad.path): Sums!A1: shown on load '5', after recalculation '2'"), "\(result.output)")
        #expect(lines.contains("\(bad.path): Sums!A2: shows the error '#DIV/0!'"), "\(result.output)")
        #expect(!lines.contains { $0.contains("Sums!A3") }, "\(result.output)")
        #expect(lines.contains("\(bad.path): Sums!A2: shown on load '0', after recalculation '#DIV/0!'"), "\(result.output)")
        #expect(lines.last == "xlsx-lo-check: 2 sheets, 5 cells compared, 3 problems", "\(result.output)")
    }

    @Test("it exits 2 with its usage when it cannot check: no workbook, an unknown option, a missing file",
          .requires(.python3),
          arguments: [[], ["--frobnicate", "a.xlsx"], ["/nonexistent/book.xlsx"]])
    func cannotRun(arguments: [String]) throws {
        let result = try Subprocess.run(Tools.xlsxLoCheck.path, arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("usage: xlsx-lo-check [--keep DIR] WORKBOOK.xlsx [WORKBOOK.xlsx ...]"), "\(result.output)")
    }
}
