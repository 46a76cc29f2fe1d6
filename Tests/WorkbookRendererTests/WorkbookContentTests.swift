import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import WorkbookRenderer

@Suite("Workbook contents, read back with openpyxl", .requires(.openpyxl))
struct WorkbookContentTests {
    @Test("the teacher workbook has every audience sheet in order with frozen, filtered header rows")
    func teacherSheets() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx"))
        #expect(book.sheets.map(\.title) == WorkbookSheets.standardTeacher.map(\.title))
        #expect(book.sheets.allSatisfy { $0.state == "visible" })
        let map = try #require(book.sheet("Argument map"))
        #expect(Array(map.headerTexts.prefix(4)) == ["ID", "Claim", "Kind", "Asserted by"])
        #expect(map.headerTexts.contains("Teacher note"))
        #expect(map.freeze == "A5")
        #expect(map.autofilter?.hasPrefix("A4:") == true)
        #expect(map.print_title_rows == "$4:$4")
        #expect(map.orientation == "landscape")
        // Thesis and six claims, with the thesis first and the rebuttal below the claim it rebuts.
        let ids = map.cells.filter { $0.col == 1 && $0.row > 4 && $0.row <= 11 }.compactMap { $0.value?.text }
        #expect(ids == ["thesis", "c2", "c3", "c6", "c4", "c5", "c1"])
        #expect(book.sheet("Evidence")?.headerTexts.contains("Assessment") == true)
    }

    @Test("statistics are real numbers with percent and thousands formats and a chart")
    func statistics() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let stats = try #require(try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx")).sheet("Statistics"))
        #expect(stats.cell("B5")?.value == .number(0.18))
        #expect(stats.cell("B5")?.number_format == "0%")
        #expect(stats.cell("B6")?.number_format == "0.0%")
        #expect(stats.cell("B7")?.value == .number(550))
        #expect(stats.cell("C7")?.value == .text("several hundred"))
        #expect(stats.cell("D7")?.value == .text("range 200–900"))
        #expect(stats.cell("B9")?.number_format == "#,##0")
        #expect(stats.cell("H5")?.number_format == "mmm yyyy")
        #expect(stats.charts == 1)
    }

    @Test("timeline dates are real dates formatted to their precision, in date order, with a chart")
    func timeline() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let timeline = try #require(try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx")).sheet("Timeline"))
        let dates = (5...9).compactMap { timeline.cell("A\($0)") }
        // The year-only event ("2017") keeps its model place among the events of its year (listed after
        // July 9, 2017), instead of sorting first as if it were January 1 (see Chronology).
        #expect(dates.map(\.number_format) == ["mmm yyyy", "mmm yyyy", "d mmm yyyy", "d mmm yyyy", "yyyy"])
        #expect(dates.compactMap { $0.value?.text } == ["2014-06-01T00:00:00", "2016-10-01T00:00:00", "2017-06-01T00:00:00",
                                                         "2017-07-09T00:00:00", "2017-01-01T00:00:00"])
        #expect(timeline.charts == 1)
        #expect(timeline.cells.contains { $0.formula?.hasPrefix("=COUNTIFS(") == true && $0.value == .number(3) })
    }

    @Test("the quiz sheet offers a dropdown from a cell range for each choice item and shows no answers")
    func quizDropdowns() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiz = try #require(try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx")).sheet("Quiz"))
        let lists = quiz.validations.filter { $0.type == "list" }
        let choiceCount = QuizFixture.items.filter { $0.responseChoices != nil }.count
        #expect(lists.count == choiceCount)
        #expect(lists.allSatisfy { ($0.formula1 ?? "").contains("$I$") && !($0.formula1 ?? "").contains("\"") })
        #expect(quiz.validations.count == QuizFixture.items.count)
        #expect(quiz.validations.allSatisfy { ($0.prompt ?? "").isEmpty == false })
        #expect(!quiz.cells.contains { $0.col == 5 && $0.row > 4 })
    }

    @Test("gradebook totals cached in the file equal the counts QuizItem.accepts gives")
    func gradebookTotals() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx"))
        let gradebook = try #require(book.sheet("Gradebook"))
        let items = QuizFixture.items
        let totalCol = 2 + 2 * items.count
        for (i, student) in ClassFixture.responses.students.enumerated() {
            let row = 7 + i
            #expect(gradebook.cells.first { $0.row == row && $0.col == 1 }?.value == .text(student.name))
            let expected = zip(items, student.answers).filter { $0.0.accepts($0.1) }.count
            let total = gradebook.cells.first { $0.row == row && $0.col == totalCol }
            #expect(total?.formula?.hasPrefix("=IF(") == true)
            #expect(total?.value == .number(Double(expected)), "\(student.name)")
        }
        #expect(book.defined_names.contains("GradebookKey"))
        #expect(book.defined_names.contains("GradebookTotals"))
        #expect(gradebook.charts == 1)
        #expect(gradebook.conditional_formats >= 3)
        let rosterRows = gradebook.cells.filter { $0.col == totalCol && $0.row >= 7 && $0.formula != nil }
        #expect(rosterRows.count >= 40)
    }

    @Test("a gradebook without responses still has a 40-row roster and shows no values in empty rows")
    func emptyRoster() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input(responses: nil))
        defer { try? FileManager.default.removeItem(at: folder) }
        let gradebook = try #require(try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx")).sheet("Gradebook"))
        let totalCol = 2 + 2 * QuizFixture.items.count
        let totals = gradebook.cells.filter { $0.col == totalCol && $0.row >= 7 && $0.formula != nil }
        #expect(totals.count == 40)
        #expect(totals.allSatisfy { $0.value == .text("") || $0.value == nil })
    }

    @Test("a model without statistics, events or evidence says so in a sentence on those sheets")
    func leanModel() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input(ArticleFixture.lean, responses: nil))
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx"))
        for title in ["Statistics", "Timeline", "Evidence", "Quotes"] {
            let sheet = try #require(book.sheet(title))
            #expect(sheet.charts == 0)
            #expect(sheet.cell("A4")?.value?.text?.hasPrefix("This article") == true, "\(title)")
        }
    }
}
