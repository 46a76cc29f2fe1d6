import Foundation
import PacketModel
import PlainText
import Testing
@testable import BriefingRenderer

/// A briefing over its audience's budget shows fewer list entries, lowest-ranked first, until it
/// fits; only one that cannot fit with minimal lists is still refused.
@Suite("Briefings fitted to their budget")
struct BriefingBudgetFitTests {
    static let seedID = "isis-after-mosul"

    /// The shipped high-school audience with a word budget `under` words below the seed's briefing.
    static func tight(under: Int) throws -> (audience: Audience, full: Int) {
        var audience = try RepositoryFiles.audience("high-school")
        let full = RunningText.wordCount(of: try BriefingRenderer.rendered(article: RepositoryFiles.seed(seedID), audience: audience))
        audience.briefingBudget = WordBudget(maxWords: full - under, location: SettingLocation(file: "templates/high-school/audience.yaml"))
        return (audience, full)
    }

    @Test("A briefing over its word budget drops the lowest-ranked list entries until it fits and says so in a note")
    func overBudgetFitsAfterTrimming() throws {
        let (audience, full) = try Self.tight(under: 60)
        let article = try RepositoryFiles.seed(Self.seedID)
        let output = try BriefingRenderer().render(RenderInput(article: article, audience: audience, quiz: QuizSet(bank: [], forms: [])))
        let words = try #require(output.metrics["briefing.words"])
        #expect(Int(words) <= full - 60 && Int(words) > full - 200)
        #expect(!output.warnings.contains { $0.contains("budget") })
        let note = try #require(output.notes.first)
        #expect(output.notes.count == 1)
        #expect(note.hasPrefix("student/briefing.txt: shortened to fit its budget of \(full - 60) words: left out "))
        // High school shows 12 key words, its longest list: the lowest-ranked go first.
        #expect(note.contains("of 12 key words"))
        let fitted = try BriefingRenderer.briefing(article: article, audience: audience)
        #expect(output.files.first?.data == Data(fitted.utf8))
        // The same input fits the same way every time.
        #expect(try BriefingRenderer.briefing(article: article, audience: audience) == fitted)
    }

    @Test("A briefing within its budget is rendered with the audience's own limits and no note")
    func withinBudgetUnchanged() throws {
        let audience = try RepositoryFiles.audience("high-school")
        let article = try RepositoryFiles.seed(Self.seedID)
        let output = try BriefingRenderer().render(RenderInput(article: article, audience: audience, quiz: QuizSet(bank: [], forms: [])))
        #expect(output.notes.isEmpty)
        let plain = TextReflow(width: audience.lineWidth)(try BriefingRenderer.rendered(article: article, audience: audience))
        #expect(output.files.first?.data == Data(plain.utf8))
    }

    @Test("A briefing that cannot fit even with minimal lists is still refused, naming the budget")
    func tooLongEvenWhenMinimal() throws {
        var audience = try RepositoryFiles.audience("high-school")
        audience.briefingBudget = WordBudget(maxWords: 50, location: SettingLocation(file: "templates/high-school/audience.yaml", line: 9, column: 3))
        let input = RenderInput(article: try RepositoryFiles.seed(Self.seedID), audience: audience, quiz: QuizSet(bank: [], forms: []))
        #expect {
            try BriefingRenderer().render(input)
        } throws: { error in
            String(describing: error).contains("over its budget of 50 (briefing.max_words)")
        }
    }
}
