import Foundation
import TestHelpers
import Testing
import XlsxWriter

@Suite("Writing workbooks")
struct WorkbookWritingTests {
    @Test("a workbook using every wrapper feature opens in LibreOffice with cached results equal to recalculated ones",
          .requires(.soffice, .python3))
    func libreOfficeAccepts() throws {
        let folder = try TemporaryFolder.make("xlsxwriter-tests")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.xlsx")
        let written = try Workbook.data(build: SampleWorkbook.build)
        try written.data.write(to: file)
        let result = try Subprocess.run(Tools.xlsxLoCheck.path, [file.path])
        #expect(result.status == 0, "xlsx-lo-check failed:\n\(result.output)")
    }

    @Test("two builds of the same workbook are byte-identical")
    func deterministic() throws {
        let first = try Workbook.data(build: SampleWorkbook.build)
        let second = try Workbook.data(build: SampleWorkbook.build)
        #expect(first.data.count > 1000)
        #expect(first.data == second.data)
    }

    @Test("text starting with = + - @ is stored as a shared string, never as a formula", .requires(.unzip))
    func textStaysText() throws {
        let folder = try TemporaryFolder.make("xlsxwriter-tests")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("text.xlsx")
        try Workbook.data(build: SampleWorkbook.build).data.write(to: file)
        let strings = try Tools.unzipMember(file, "xl/sharedStrings.xml")
        let sheet = try Tools.unzipMember(file, "xl/worksheets/sheet1.xml")
        for text in ["=not a formula", "+plus", "-minus", "@at"] { #expect(strings.contains(text)) }
        #expect(!sheet.contains("<f>not a formula"))
        #expect(sheet.contains("<f>SUM(B2:B5)</f><v>1.875</v>"))
    }

    @Test("text over 32,767 characters is cut to the limit with a warning, not an error")
    func longTextIsCut() throws {
        let long = String(repeating: "a", count: 40_000)
        let written = try Workbook.data { wb in
            try wb.addWorksheet("Long").write(long, row: 0, col: 0)
        }
        #expect(written.warnings.count == 1)
        #expect(written.warnings.first?.contains("Long!A1") == true)
        #expect(written.warnings.first?.contains("32767") == true)
        #expect(CellText.fitted(long).text.utf16.count == 32_767)
        let emoji = String(repeating: "😀", count: 20_000)
        let cut = CellText.fitted(emoji)
        #expect(cut.wasCut && cut.text.utf16.count <= 32_767 && cut.text.allSatisfy { $0 == "😀" })
    }

    @Test("the document properties and defined names reach the file", .requires(.unzip))
    func propertiesAndNames() throws {
        let folder = try TemporaryFolder.make("xlsxwriter-tests")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("props.xlsx")
        try Workbook.data(build: SampleWorkbook.build).data.write(to: file)
        let core = try Tools.unzipMember(file, "docProps/core.xml")
        #expect(core.contains("<dc:title>Sample</dc:title>"))
        #expect(core.contains("2017-07-14T02:40:00Z"))
        let book = try Tools.unzipMember(file, "xl/workbook.xml")
        #expect(book.contains("<definedName name=\"Letters\">Lists!$A$1:$A$4</definedName>"))
    }

    @Test("column letters and ranges follow A1 notation")
    func references() {
        #expect(CellReference.column(0) == "A")
        #expect(CellReference.column(25) == "Z")
        #expect(CellReference.column(26) == "AA")
        #expect(CellReference.column(701) == "ZZ")
        #expect(CellRange(firstRow: 1, firstCol: 0, lastRow: 8, lastCol: 2).a1 == "A2:C9")
        #expect(CellRange(row: 0, col: 0).absolute(on: "Answer key") == "'Answer key'!$A$1")
    }

    @Test("a protected sheet keeps unlocked cells editable and lets users resize, sort and filter; rich text keeps its runs",
          .requires(.unzip))
    func protectionAndRichText() throws {
        let folder = try TemporaryFolder.make("xlsxwriter-tests")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("form.xlsx")
        try Workbook.data(build: SampleWorkbook.build).data.write(to: file)
        let sheet = try Tools.unzipMember(file, "xl/worksheets/sheet3.xml")
        let protection = try #require(sheet.range(of: "<sheetProtection[^>]*>", options: .regularExpression).map { String(sheet[$0]) })
        #expect(protection.contains("sheet=\"1\""))
        for allowed in ["formatColumns=\"0\"", "formatRows=\"0\"", "sort=\"0\"", "autoFilter=\"0\""] {
            #expect(protection.contains(allowed), "\(protection)")
        }
        #expect(!protection.contains("password"))
        let styles = try Tools.unzipMember(file, "xl/styles.xml")
        #expect(styles.contains("<protection locked=\"0\"/>"))
        let strings = try Tools.unzipMember(file, "xl/sharedStrings.xml")
        #expect(strings.contains("<r><rPr><b/>"))
        #expect(strings.contains("<t>context</t>"))
        #expect(strings.contains("<t>One run only</t>"))
    }
}
