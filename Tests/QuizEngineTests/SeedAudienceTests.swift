import Foundation
import Testing
import PacketModel
import PacketLoading
@testable import QuizEngine

/// Every audience in `templates/`, loaded as `packet build` loads it.
enum SeedAudiences {
    static let loader = AudienceLoader(folder: SeedFiles.root.appendingPathComponent("templates"), displayFolder: "templates")

    static var names: [String] { (try? loader.audienceNames()) ?? [] }
}

@Suite("The seed article's quiz for each audience in templates/")
struct SeedAudienceTests {
    @Test("templates/ holds audiences to build for")
    func audiencesFound() {
        #expect(!SeedAudiences.names.isEmpty)
    }

    @Test("each audience's quiz has its item count, its types (and, without a blueprint, their mix) and forms, and passes the self-check",
          arguments: SeedAudiences.names)
    func audienceQuiz(name: String) throws {
        let model = try SeedFiles.model()
        let audience = try SeedAudiences.loader.load(name)
        let quiz = try QuizEngine.makeQuiz(for: model, audience: audience)
        let settings = audience.quiz
        #expect(quiz.forms.count == max(2, settings.forms))
        #expect(quiz.forms.allSatisfy { $0.items.count == settings.count })
        let wanted = Set(settings.types.filter { $0.value > 0 }.map(\.key))
        #expect(Set(quiz.bank.map(\.type)).isSubset(of: wanted))
        if settings.blueprint == nil {
            let expected = Apportionment.counts(total: settings.count, weights: settings.types, order: QuizItemType.allCases,
                                                caps: Dictionary(grouping: quiz.bank, by: \.type).mapValues(\.count))
            #expect(Dictionary(grouping: quiz.formA.items, by: \.type).mapValues(\.count) == expected.filter { $0.value > 0 })
        }
        for item in quiz.bank where item.type.isChoice && item.type != .trueFalse {
            #expect(item.options.count <= min(5, max(3, settings.options)) + 1, "\(name) \(item.id)")
        }
        let hidden = hiddenIDs(model, audience)
        #expect(quiz.bank.allSatisfy { hidden.isDisjoint(with: $0.sources) })
    }

    private func hiddenIDs(_ model: ArticleModel, _ audience: Audience) -> Set<String> {
        let excerpted: [any Excerpted] = model.allClaims + model.evidence + model.statistics + model.quotes
            + model.events + model.vocabulary
        return Set(excerpted.filter { audience.sensitivity.hides($0) }.map(\.id))
    }
}
