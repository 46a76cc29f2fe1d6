import Foundation
import Testing
import PacketModel
import PacketLoading
@testable import QuizEngine

/// The repository's seed article, loaded and validated as `packet build` would.
enum SeedFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func model() throws -> ArticleModel {
        try ArticleLoader.load(folder: root.appendingPathComponent("seeds/isis-after-mosul"),
                               displayFolder: "seeds/isis-after-mosul").get()
    }
}

@Suite("The seed article's quiz")
struct SeedQuizTests {
    @Test("the seed model yields every item type and passes the self-check with default settings")
    func defaultAudience() throws {
        let model = try SeedFiles.model()
        let quiz = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience())
        #expect(Set(quiz.bank.map(\.type)) == Set(QuizItemType.allCases))
        #expect(quiz.forms.count == 2)
        #expect(quiz.forms.allSatisfy { $0.items.count == QuizSettings().count })
    }

    @Test("an audience hiding attack methods gets no seed item built from content tagged so")
    func hidesAttackMethods() throws {
        let model = try SeedFiles.model()
        let excerpted: [any Excerpted] = model.allClaims + model.evidence + model.statistics + model.quotes
            + model.events + model.vocabulary
        let tagged = Set(excerpted.filter { $0.sensitive.contains("attack-method") }.map(\.id))
        #expect(!tagged.isEmpty)
        let quiz = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience(hide: ["attack-method"]))
        #expect(quiz.bank.allSatisfy { tagged.isDisjoint(with: $0.sources) })
        let shown = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience())
        #expect(shown.bank.contains { !tagged.isDisjoint(with: $0.sources) })
    }

    @Test("the seed quiz is the same on every run and differs between seeds")
    func seedReproducible() throws {
        let model = try SeedFiles.model()
        let a = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience())
        let b = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience())
        let c = try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience(), seed: 1)
        #expect(a == b)
        #expect(a.forms != c.forms)
    }
}
