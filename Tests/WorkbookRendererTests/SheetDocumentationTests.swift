import Foundation
import PacketModel
import TestHelpers
import Testing

@Suite("The workbook's documentation")
struct SheetDocumentationTests {
    @Test("templates/README.md names every sheet and both workbook lists, and the shipped audiences use them")
    func everySheetDocumented() throws {
        let readme = try String(contentsOf: Tools.repository.appendingPathComponent("templates/README.md"), encoding: .utf8)
        for kind in WorkbookSheetKind.allCases { #expect(readme.contains("`\(kind.rawValue)`"), "\(kind.rawValue)") }
        for key in ["workbook: student", "workbook: teacher", "workbook: sheets"] { #expect(readme.contains(key), "\(key)") }
        for audience in SeedPackets.audienceNames {
            let sheets = try SeedPackets.audience(audience).workbookSheets
            #expect(!sheets.isSingleList, "\(audience) uses the older single list")
            #expect(sheets.student.allSatisfy { $0.kind.role != .reference && !$0.kind.isTeacherOnly }, "\(audience)")
            #expect(sheets.student.first?.kind == .overview && sheets.student.dropFirst().first?.kind == .article, "\(audience)")
        }
    }
}
