import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import WorkbookRenderer

@Suite("The student workbook reveals no answers", .requires(.openpyxl))
struct StudentWorkbookTests {
    @Test("no key or gradebook sheet, hidden or not, and no teacher-only columns")
    func noTeacherSheets() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx"))
        #expect(book.sheets.map(\.title) == WorkbookSheets.standardStudent.map(\.title))
        #expect(book.sheets.allSatisfy { $0.state == "visible" })
        #expect(book.defined_names.allSatisfy { !$0.hasPrefix("Gradebook") })
        for sheet in book.sheets {
            #expect(!sheet.headerTexts.contains("Teacher note"), "\(sheet.title)")
            #expect(!sheet.headerTexts.contains("Assessment"), "\(sheet.title)")
            #expect(!sheet.cells.contains { $0.formula != nil && $0.formula!.contains("Key") }, "\(sheet.title)")
        }
    }

    @Test("no explanation, correct option in words, teacher note or assessment appears anywhere in the file")
    func noAnswerText() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = ArticleFixture.full
        var secrets = QuizFixture.items.map(\.explanation)
        secrets += QuizFixture.items.compactMap { item -> String? in
            guard case .text(let accepted) = item.answer else { return nil }
            return accepted.joined(separator: "|")
        }
        secrets += model.evidence.map(\.assessment)
        secrets += (model.allClaims.compactMap(\.teacherNote) + model.statistics.compactMap(\.teacherNote)
                    + model.events.compactMap(\.teacherNote) + model.quotes.compactMap(\.teacherNote)
                    + model.entities.compactMap(\.teacherNote))
        secrets += [model.metadata.advisory.teacherNote, model.metadata.published.note, model.metadata.sourceNote].compactMap { $0 }
        let student = try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx"), searching: secrets)
        for secret in secrets { #expect(student.found[secret] == [], "\(secret)") }
        // The same search finds them in the teacher workbook, so the scan itself works.
        let teacher = try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx"), searching: secrets)
        #expect(secrets.allSatisfy { teacher.found[$0]?.isEmpty == false })
    }

    @Test("no answer cell on the student quiz holds a value, and the quiz has no formulas")
    func quizCellsEmpty() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let quiz = try #require(try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx")).sheet("Quiz"))
        #expect(quiz.headerTexts.last == "Your answer")
        #expect(!quiz.cells.contains { $0.formula != nil })
        #expect(!quiz.cells.contains { $0.col == 5 && $0.row > 4 })
    }
}
