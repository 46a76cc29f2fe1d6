import Testing
import PacketModel
@testable import QuizEngine

@Suite("Sensitivity and small models")
struct SensitivityAndSmallModelTests {
    let hiddenIDs: Set<String> = ["c-drowned", "s-drowned"]

    @Test("items tagged with a topic the audience hides are not used, not even as distractors")
    func hiddenItemsLeftOut() throws {
        let shown = try QuizFixtures.bank()
        #expect(shown.contains { !hiddenIDs.isDisjoint(with: $0.sources) })
        let hidden = try QuizFixtures.bank(audience: FixtureArticle.audience(hide: ["casualties"]))
        #expect(hidden.allSatisfy { hiddenIDs.isDisjoint(with: $0.sources) })
        let text = hidden.map { ([$0.stem, $0.explanation, $0.excerpt] + $0.options).joined(separator: " ") }.joined()
        #expect(!text.contains("drowned"))
    }

    @Test("an authored question about a hidden item is left out")
    func hiddenQuestionLeftOut() throws {
        var model = FixtureArticle.model
        model.questions[0].related = ["c-drowned"]
        let bank = try QuizFixtures.bank(model, audience: FixtureArticle.audience(hide: ["casualties"]))
        #expect(!bank.contains { $0.type == .essay })
    }

    @Test("a model with no statistics, quotes or events still builds a quiz from what it has")
    func noStatisticsQuotesOrEvents() throws {
        var model = FixtureArticle.model
        model.statistics = []; model.quotes = []; model.events = []
        model.evidence = model.evidence.map { e in var e = e; e.statistic = nil; return e }
        let quiz = try QuizFixtures.quiz(model)
        let types = Set(quiz.bank.map(\.type))
        #expect(!types.contains(.numeric) && !types.contains(.whoSaidIt) && !types.contains(.ordering))
        // Fewer than 15 when the model has fewer than 15 questions that do not answer each other.
        #expect((10...15).contains(quiz.formA.items.count))
        #expect(quiz.forms.allSatisfy { $0.items.count == quiz.formA.items.count })
        #expect(quiz.forms.count == 2)
    }

    @Test("a model with only a thesis builds a short quiz instead of failing")
    func thesisOnly() throws {
        let m = FixtureArticle.model
        let model = ArticleModel(id: "tiny", metadata: m.metadata, summary: "Tiny.", thesis: m.thesis, paragraphs: m.paragraphs)
        let quiz = try QuizFixtures.quiz(model)
        #expect(quiz.bank.map(\.id) == ["fact-opinion.thesis"])
        #expect(quiz.forms.allSatisfy { $0.items.count == 1 })
    }

    @Test("two quotes and two people are too few for who-said-it, which is skipped rather than padded")
    func tooFewSpeakers() throws {
        var model = FixtureArticle.model
        model.people = Array(model.people.prefix(2))
        model.quotes = Array(model.quotes.prefix(2))
        let bank = try QuizFixtures.bank(model)
        #expect(!bank.contains { $0.type == .whoSaidIt })
        #expect(!bank.contains { $0.type == .matching && $0.id == "matching.people" })
    }
}
