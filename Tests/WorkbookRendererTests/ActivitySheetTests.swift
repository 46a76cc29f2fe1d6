import Foundation
import PacketModel
import TestHelpers
import Testing
import XlsxWriter
@testable import WorkbookRenderer

@Suite("Activity sheets, read back with openpyxl", .requires(.openpyxl))
struct ActivitySheetTests {
    static let activities = WorkbookSheets.standardStudent.filter { $0.kind.role == .activity }

    @Test("each student activity is protected, with yellow unlocked input cells, a prompt on every one and dropdowns where there is a choice")
    func studentInputs() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx"))
        #expect(Self.activities.count == 4)
        for activity in Self.activities {
            let sheet = try #require(book.sheet(activity.title))
            #expect(sheet.protected, "\(activity.title)")
            let inputs = sheet.inputs.filter { $0.row > 4 }
            #expect(!inputs.isEmpty, "\(activity.title)")
            #expect(inputs.allSatisfy { $0.fill == "FFFFF9DB" }, "\(activity.title)")
            #expect(!sheet.cells.contains { cell in inputs.contains { $0.ref == cell.ref } }, "\(activity.title): an input cell holds a value")
            // Every input cell has a prompt; the given cells are locked.
            for input in inputs {
                #expect(sheet.validations.contains { Self.covers($0.sqref, row: input.row, col: input.col) && !($0.prompt ?? "").isEmpty },
                        "\(activity.title)!\(input.ref) has no prompt")
            }
            #expect(sheet.print_title_rows == "$4:$4")
            #expect(sheet.freeze == "A5")
        }
        let facts = try #require(book.sheet("Fact, opinion or prediction"))
        #expect(facts.validations.contains { $0.type == "list" && $0.formula1 == "\"Fact,Opinion,Prediction\"" })
        let numbers = try #require(book.sheet("Check the numbers"))
        let ranges = numbers.validations.filter { $0.type == "list" && ($0.formula1 ?? "").hasPrefix("$") }
        #expect(ranges.count == 1, "the measures dropdown comes from the word bank below the table")
        #expect(numbers.validations.contains { $0.type == "list" && $0.formula1 == "\"Exact,Approximate\"" })
        let cer = try #require(book.sheet("Claim–evidence–reasoning"))
        #expect(cer.validations.contains { $0.type == "list" && $0.formula1 == ArticleSheet.paragraphListName })
        #expect(cer.inputs.contains { $0.row == 3 }, "the central-claim cell")
    }

    @Test("the word bank under Check the numbers lists each figure's measure once, A to Z, below the figures")
    func wordBank() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = try #require(try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx")).sheet("Check the numbers"))
        let column = try #require(sheet.column("What does it measure?"))
        let range = try #require(sheet.validations.first { ($0.formula1 ?? "").hasPrefix("$") }?.formula1)
        let rows = range.split(separator: ":").compactMap { Int($0.filter(\.isNumber)) }
        #expect(rows.count == 2)
        let bank = sheet.cells.filter { $0.col == column && $0.row >= rows[0] && $0.row <= rows[1] }.compactMap { $0.value?.text }
        let expected = ArticleFixture.full.statistics.map(\.measures).sorted { $0.lowercased() < $1.lowercased() }
        #expect(bank == expected)
        let lastFigure = sheet.cells.filter { $0.col == 1 && $0.value?.number != nil }.map(\.row).max() ?? 0
        #expect(rows[0] > lastFigure + 1)
    }

    @Test("the teacher's copy of each activity is unprotected and holds a key on grey in every answer cell")
    func teacherKeys() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx"))
        for activity in Self.activities {
            let sheet = try #require(book.sheet(activity.title))
            #expect(!sheet.protected)
            #expect(sheet.validations.isEmpty, "\(activity.title): the key needs no dropdowns")
            #expect(sheet.headerTexts.contains { $0.hasSuffix("(teacher)") }, "\(activity.title)")
        }
        let facts = try #require(book.sheet("Fact, opinion or prediction"))
        let kinds = facts.cells.filter { $0.col == 5 && $0.row > 4 }.compactMap { $0.value?.text }
        #expect(!kinds.isEmpty && kinds.allSatisfy { ["Fact", "Opinion", "Prediction"].contains($0) })
    }

    @Test("a dropdown longer than Excel's 255-byte inline limit comes from a list of cells, and the file opens in LibreOffice",
          .requires(.soffice))
    func longDropdown() throws {
        let values = (1...40).map { "Choice number \($0), which is long" }
        #expect(!DropdownList.fitsInline(values))
        #expect(DropdownList.fitsInline(["Fact", "Opinion", "Prediction"]))
        #expect(!DropdownList.fitsInline(["a, b", "c"]), "a comma would split an inline value")
        let columns = [
            ActivityColumn(title: "#", width: 4, wrap: false, role: .given),
            ActivityColumn(title: "Pick", width: 30, role: .input(.choice(values), prompt: "Pick one.")),
        ]
        let input = TestSupport.input()
        let written = try Workbook.data { workbook in
            let ws = try workbook.addWorksheet("Long")
            let ctx = SheetContext(input: input, edition: .student, style: WorkbookStyle(workbook: workbook), workbook: workbook,
                                   sheets: [WorkbookSheet(kind: .factOpinion, title: "Long")])
            try ActivityTable.write(ws, ctx, columns: columns, rows: [[.number(1, WorkbookStyle.paragraph), .text("x")]])
        }
        let folder = try TemporaryFolder.make("long-dropdown")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.xlsx")
        try written.data.write(to: file)
        let sheet = try #require(try WorkbookInspection.of(file).sheet("Long"))
        let validation = try #require(sheet.validations.first { $0.type == "list" })
        #expect(validation.formula1 == "$B$8:$B$47")
        #expect(sheet.cell("B8")?.value == .text(values[0]) && sheet.cell("B47")?.value == .text(values[39]))
        let check = try Subprocess.run(Tools.xlsxLoCheck.path, [file.path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("without an Article sheet, a paragraph dropdown accepts the article's paragraph numbers")
    func paragraphsWithoutArticle() throws {
        var audience = ArticleFixture.audience
        audience.workbookSheets.student = audience.workbookSheets.student.filter { $0.kind != .article }
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input(audience: audience))
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx"))
        #expect(!book.defined_names.contains(ArticleSheet.paragraphListName))
        let cer = try #require(book.sheet("Claim–evidence–reasoning"))
        let paragraphs = try #require(cer.validations.first { $0.type == "whole" })
        #expect(paragraphs.formula1 == "1")
    }

    @Test("a paragraph too long for one row is split at sentences into rows that join to its exact text")
    func longParagraph() {
        let sentence = "This sentence is one of many that make a very long paragraph indeed, longer than a row can show."
        let text = Array(repeating: sentence, count: 60).joined(separator: " ")
        let rows = ArticleSheet.rows(Paragraph(number: 4, line: 9, text: text))
        #expect(rows.count > 1)
        #expect(rows.joined(separator: " ") == text)
        #expect(rows.allSatisfy { RowHeight.lines($0, width: ArticleSheet.proseWidth) <= ArticleSheet.linesPerRow })
        #expect(ArticleSheet.rows(Paragraph(number: 1, line: 1, text: sentence)) == [sentence])
    }

    /// True when a validation's `sqref` (e.g. `E5:E9 C3`) covers the cell.
    static func covers(_ sqref: String, row: Int, col: Int) -> Bool {
        sqref.split(separator: " ").contains { part in
            let corners = part.split(separator: ":").map(String.init)
            guard let first = corners.first, let a = cell(first), let b = cell(corners.last ?? first) else { return false }
            return (a.row...b.row).contains(row) && (a.col...b.col).contains(col)
        }
    }

    static func cell(_ ref: String) -> (row: Int, col: Int)? {
        let letters = ref.prefix { $0.isLetter }, digits = ref.drop { $0.isLetter }
        guard let row = Int(digits), !letters.isEmpty else { return nil }
        let col = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (row, col)
    }
}
