import Foundation
import PacketModel
import Testing
import XlsxWriter
@testable import WorkbookRenderer

@Suite("Renderer behaviour")
struct RendererBehaviourTests {
    @Test("the renderer returns a teacher and a student workbook")
    func paths() throws {
        let output = try WorkbookRenderer().render(TestSupport.input())
        #expect(output.files.map(\.path) == ["teacher/workbook.xlsx", "student/workbook.xlsx"])
        #expect(output.files.allSatisfy { $0.data.starts(with: [0x50, 0x4B]) })
        #expect(output.metrics["workbook.student.sheets"] == Double(WorkbookSheets.standardStudent.count))
        #expect(output.metrics["workbook.teacher.sheets"] == Double(WorkbookSheets.standardTeacher.count))
    }

    @Test("two renders of the same input are byte-identical")
    func deterministic() throws {
        let a = try WorkbookRenderer().render(TestSupport.input())
        let b = try WorkbookRenderer().render(TestSupport.input())
        #expect(a.files == b.files)
    }

    @Test("text over Excel's cell limit is cut and reported in the notes")
    func longText() throws {
        var model = ArticleFixture.full
        model.claims[0].text = String(repeating: "long ", count: 8_000)
        let output = try WorkbookRenderer().render(TestSupport.input(model))
        #expect(output.notes.contains { $0.hasPrefix("teacher/workbook.xlsx") && $0.contains("cut to Excel's limit") })
        #expect(output.notes.contains { $0.hasPrefix("student/workbook.xlsx") && $0.contains("cut to Excel's limit") })
    }

    @Test("a sheet title Excel would reject is a thrown error naming the title")
    func badTitle() throws {
        var audience = ArticleFixture.audience
        audience.workbookSheets.teacher = [WorkbookSheet(kind: .overview, title: "Overview: all [of] it")]
        #expect(throws: XlsxError.self) { try WorkbookRenderer().render(TestSupport.input(audience: audience)) }
    }

    @Test("the audience's two sheet lists and titles decide each workbook's sheets; a key never goes to students")
    func customSheets() throws {
        var audience = ArticleFixture.audience
        audience.workbookSheets = WorkbookSheets(student: [WorkbookSheet(kind: .article, title: "Text"), WorkbookSheet(kind: .gradebook)],
                                                 teacher: [WorkbookSheet(kind: .vocabulary, title: "Words"), WorkbookSheet(kind: .gradebook)])
        let renderer = WorkbookRenderer()
        #expect(renderer.sheets(for: .teacher, TestSupport.input(audience: audience)).map(\.title) == ["Words", "Gradebook"])
        #expect(renderer.sheets(for: .student, TestSupport.input(audience: audience)).map(\.title) == ["Text"])
        _ = try renderer.render(TestSupport.input(audience: audience))
    }

    @Test("one old-style list for both workbooks gives students only its sheets without answers, with a warning")
    func singleList() throws {
        var audience = ArticleFixture.audience
        audience.workbookSheets = WorkbookSheets(singleList: [.overview, .quotes, .quiz, .answerKey].map { WorkbookSheet(kind: $0) })
        let renderer = WorkbookRenderer()
        let input = TestSupport.input(audience: audience)
        #expect(renderer.sheets(for: .teacher, input).map(\.kind) == [.overview, .quotes, .quiz, .answerKey])
        #expect(renderer.sheets(for: .student, input).map(\.kind) == [.overview, .quiz])
        let output = try renderer.render(input)
        #expect(output.warnings.contains { $0.contains("'workbook: sheets'") && $0.contains("'workbook: student'") })
    }

    @Test("a reference sheet given to students is built, with a warning naming the quiz items it answers")
    func referenceSheetForStudents() throws {
        var audience = ArticleFixture.audience
        audience.workbookSheets.student += [WorkbookSheet(kind: .quotes), WorkbookSheet(kind: .timeline)]
        let input = TestSupport.input(audience: audience)
        let answered = AnswerExposure.answered(by: .quotes, input)
        #expect(!answered.isEmpty)
        #expect(answered.allSatisfy { $0.sources.contains { id in ArticleFixture.full.quotes.contains { $0.id == id } } })
        let output = try WorkbookRenderer().render(input)
        let warning = try #require(output.warnings.first { $0.contains("'Quotes' sheet answers") })
        #expect(answered.allSatisfy { warning.contains($0.id) || answered.count > 4 })
        #expect(!output.warnings.contains { $0.contains("'Timeline'") } == AnswerExposure.answered(by: .timeline, input).isEmpty)
        #expect(try WorkbookRenderer().render(TestSupport.input()).warnings.isEmpty)
    }

    @Test("the gradebook's scoring agrees with QuizItem.accepts for every fixture answer")
    func scoringMatchesAccepts() {
        for student in ClassFixture.responses.students {
            for (item, answer) in zip(QuizFixture.items, student.answers) {
                let score = GradebookScoring.score(item, answer)
                if case .rubric = item.answer { #expect(score == nil) }
                else { #expect(score == (item.accepts(answer) ? 1 : 0), "\(item.id) \(answer)") }
            }
        }
    }

    @Test("item analysis takes 27% of the class as upper and lower groups, ties included")
    func itemAnalysis() {
        let totals: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        let a = ItemAnalysis(totals: totals)
        #expect(a.groupSize == 3)
        #expect(a.upperCut == 8 && a.lowerCut == 3)
        let scores: [Double] = [0, 0, 1, 0, 1, 1, 0, 1, 1, 1]
        #expect(a.discrimination(scores: scores, totals: totals) == 1 - 1.0 / 3)
        #expect(ItemAnalysis.pValue(scores) == 0.6)
        #expect(ItemAnalysis(totals: []).discrimination(scores: [], totals: []) == nil)
    }

    @Test("statistic number formats follow the unit and the decimals the value has")
    func numberFormats() {
        let s = { (v: Double, unit: String) in
            Statistic(id: "s", value: .exact(v), unit: unit, asWritten: "", measures: "m", excerpt: "e")
        }
        #expect(WorkbookStyle.numberFormat(for: s(18, "percent")) == "0%")
        #expect(WorkbookStyle.numberFormat(for: s(73.5, "percent")) == "0.0%")
        #expect(WorkbookStyle.numberFormat(for: s(12500, "people")) == "#,##0")
        #expect(WorkbookStyle.numberFormat(for: s(2.25, "months")) == "#,##0.00")
    }
}
