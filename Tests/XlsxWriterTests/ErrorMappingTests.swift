import Foundation
import TestHelpers
import Testing
import XlsxWriter

@Suite("Library errors become thrown Swift errors")
struct ErrorMappingTests {
    @Test("writing past Excel's last row throws the library's own out-of-range message")
    func rowOutOfRange() throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        let ws = try wb.addWorksheet("Data")
        #expect {
            try ws.write("too far", row: 1_048_576, col: 0)
        } throws: { error in
            guard case .library(let code, let message, let operation) = error as? XlsxError else { return false }
            return code > 0 && message.lowercased().contains("out of range") && operation.contains("worksheet_write_string")
        }
    }

    @Test("closing to a folder that does not exist throws the library's file-creation message")
    func unwritablePath() throws {
        let wb = try Workbook(path: "/nonexistent-folder-\(UUID().uuidString)/book.xlsx")
        try wb.addWorksheet("Data").write("x", row: 0, col: 0)
        #expect {
            try wb.close()
        } throws: { error in
            guard case .library(_, let message, let operation) = error as? XlsxError else { return false }
            return message.lowercased().contains("creating output xlsx file") && operation.contains("workbook_close")
        }
    }

    @Test("using a workbook after close throws instead of touching freed memory")
    func useAfterClose() throws {
        let folder = try TemporaryFolder.make("xlsxwriter-tests")
        let wb = try Workbook(path: folder.appendingPathComponent("a.xlsx").path)
        let ws = try wb.addWorksheet("Data")
        try wb.close()
        #expect(throws: XlsxError.closed) { try ws.write("late", row: 0, col: 0) }
        #expect(throws: XlsxError.closed) { try wb.close() }
    }

    @Test("a link containing internal: or external: is refused before the library sees it")
    func linkKinds() throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        let ws = try wb.addWorksheet("Data")
        #expect(throws: XlsxError.self) { try ws.writeLink(url: "https://example.org/internal:x", row: 0, col: 0) }
        #expect(throws: XlsxError.self) { try ws.writeLink(url: "external:c:\\x.xlsx", row: 0, col: 0) }
        try ws.writeLink(url: "https://example.org/a", text: "A", row: 1, col: 0)
    }

    @Test("an inline dropdown list over 255 bytes is refused; a list from a range is not")
    func longInlineList() throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        let ws = try wb.addWorksheet("Data")
        let long = (0..<40).map { "choice \($0)" }
        #expect(throws: XlsxError.self) {
            try ws.addValidation(DataValidation(rule: .list(long)), to: CellRange(row: 0, col: 0))
        }
        try ws.addValidation(DataValidation(rule: .listFromRange("=Data!$B$1:$B$40")), to: CellRange(row: 0, col: 0))
    }

    @Test("a table whose header count does not match its width is refused")
    func tableHeaders() throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        let ws = try wb.addWorksheet("Data")
        #expect(throws: XlsxError.self) {
            try ws.addTable(CellRange(firstRow: 0, firstCol: 0, lastRow: 3, lastCol: 2), options: TableOptions(headers: ["A"]))
        }
    }
}
