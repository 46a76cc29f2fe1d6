import Foundation
import PacketModel
import Testing
@testable import WorkbookRenderer

/// What the answer key and the gradebook need from issue 13: each item's skill, DOK and points, and
/// two-part items scored 2, or 1 for Part A alone.
@Suite("Answer key and gradebook for the quiz blueprint")
struct QuizKeyAndGradingTests {
    static let twoPart = QuizItem(
        id: "two-part.thesis", type: .twoPart, kind: .thesis, skill: .centralIdea, dok: 3, stem: "Two parts.",
        parts: [QuizPart(stem: "Part A: Which?", options: ["a", "b", "c"], answer: 1, kind: .thesis, sources: []),
                QuizPart(stem: "Part B: Which sentence?", options: ["x", "y", "z"], answer: 2, kind: .supportingExcerpt, sources: [])],
        answer: .parts([1, 2]), explanation: "Part A: b. Part B: z.",
        support: [SupportingExcerpt(paragraph: 1, text: "Three years after")], bloom: .analyze)

    @Test("a two-part item scores 2 for both letters, 1 for Part A's alone, 0 otherwise, as QuizItem.score does")
    func twoPartScoring() {
        for (answer, points) in [("BC", 2.0), ("bc ", 2.0), ("BA", 1.0), ("B", 1.0), ("AC", 0.0), ("", 0.0)] {
            #expect(GradebookScoring.score(Self.twoPart, answer) == points, "\(answer)")
            #expect(Double(Self.twoPart.score(answer) ?? -1) == points, "\(answer)")
        }
        #expect(GradebookScoring.points(Self.twoPart) == 2)
        let layout = GradebookLayout(items: [Self.twoPart], sheet: "Gradebook", responses: nil)
        let formula = try! #require(layout.scoreFormula(item: 0, row: 10))
        #expect(formula.contains("LEFT(UPPER(TRIM(B11)),1)=LEFT(UPPER(TRIM(INDEX(GradebookKey,1,1))),1),1,0)"))
        #expect(formula.contains("),2,"))
    }

    @Test("the student's cell for a two-part item asks for one letter per part, and the key spells out both")
    func twoPartText() {
        #expect(QuizItemText.instructions(Self.twoPart) == "Type the letter for Part A, then the letter for Part B, e.g. BD.")
        #expect(QuizItemText.question(Self.twoPart).contains("Part B: Which sentence?\nA. x\nB. y\nC. z"))
        #expect(AnswerKeySheet.inWords(Self.twoPart) == "Part A: b\nPart B: z")
    }

    @Test("the teacher's answer key lists each item's skill, DOK and points")
    func answerKeyColumns() throws {
        let (folder, _) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        let book = try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx"))
        let key = try #require(book.sheet("Answer key"))
        let headers = key.headerTexts
        let skill = try #require(headers.firstIndex(of: "Skill")), dok = try #require(headers.firstIndex(of: "DOK"))
        let points = try #require(headers.firstIndex(of: "Points"))
        let rows = key.cells.filter { $0.row > 4 }
        for (i, item) in QuizFixture.items.enumerated() {
            let row = rows.filter { $0.row == 5 + i }
            #expect(row.first { $0.col == skill + 1 }?.value == .text(item.skill.label), "\(item.id)")
            #expect(row.first { $0.col == dok + 1 }?.value == .number(Double(item.dok)), "\(item.id)")
            #expect(row.first { $0.col == points + 1 }?.value == .number(Double(item.points)), "\(item.id)")
        }
    }
}
