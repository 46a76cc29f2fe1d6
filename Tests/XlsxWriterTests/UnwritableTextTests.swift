import Foundation
import Testing
import XlsxWriter

/// The last line of defence against a corrupt workbook: text XML 1.0 cannot hold (control
/// characters, U+FFFE, U+FFFF) and a NUL, which would cut the text, are refused with the place
/// they were meant for; the workbook is never written with them.
@Suite("Text an .xlsx file cannot hold")
struct UnwritableTextTests {
    static let bad: [String] = ["bell \u{7}", "escape \u{1B}", "vertical tab \u{B}", "form feed \u{C}", "nul \u{0} cut",
                                "noncharacter \u{FFFE}", "noncharacter \u{FFFF}"]

    @Test("cells, merged cells, formulas' text results and links refuse such text, naming the cell", arguments: bad)
    func cells(_ text: String) throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        let ws = try wb.addWorksheet("Data")
        #expect(throws: XlsxError.invalidArgument("Data!B3: the text holds \(Self.code(text)), which an .xlsx file cannot hold")) {
            try ws.write(text, row: 2, col: 1)
        }
        #expect(throws: XlsxError.self) { try ws.merge(CellRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 2), text: text) }
        #expect(throws: XlsxError.self) { try ws.write(formula: "=\"x\"", textResult: text, row: 0, col: 0) }
        #expect(throws: XlsxError.self) { try ws.writeLink(url: "https://example.org/", text: text, row: 0, col: 0) }
        #expect(throws: XlsxError.self) { try ws.setHeader("&C" + text) }
        try ws.write("tab\tand line\nbreaks are fine", row: 5, col: 0)
    }

    @Test("document properties and sheet names refuse such text", arguments: bad)
    func propertiesAndNames(_ text: String) throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        #expect(throws: XlsxError.invalidArgument("the document's title: the text holds \(Self.code(text)), which an .xlsx file cannot hold")) {
            try wb.setProperties(DocumentProperties(title: text))
        }
        #expect(throws: XlsxError.self) { try wb.addWorksheet(String(text.prefix(20))) }
    }

    @Test("a workbook built in memory leaves no file in the temporary folder, even when building fails")
    func noTemporaryFiles() throws {
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("xlsxwriter-") && $0.hasSuffix(".xlsx") })
        let written = try Workbook.data { wb in try wb.addWorksheet("Data").write("fine", row: 0, col: 0) }
        #expect(written.data.starts(with: [0x50, 0x4B]))
        #expect(throws: XlsxError.self) { _ = try Workbook.data { wb in try wb.addWorksheet("Data").write("bad \u{7}", row: 0, col: 0) } }
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("xlsxwriter-") && $0.hasSuffix(".xlsx") })
        #expect(after.subtracting(before).isEmpty)
    }

    static func code(_ text: String) -> String {
        let scalar = text.unicodeScalars.first { $0.value < 0x20 || $0.value >= 0xFFFE }!
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let kind = scalar.value < 0x20 ? "a control character" : "a noncharacter"
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + " (\(kind))"
    }
}
