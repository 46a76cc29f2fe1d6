import PacketModel
@testable import QuizEngine

/// Shortcuts the tests share.
enum QuizFixtures {
    static func quiz(_ model: ArticleModel = FixtureArticle.model, audience: Audience = FixtureArticle.audience(),
                     forms: Int? = nil, seed: UInt64? = 7) throws -> QuizSet {
        try QuizEngine.makeQuiz(for: model, audience: audience, forms: forms, seed: seed)
    }

    static func bank(_ model: ArticleModel = FixtureArticle.model, audience: Audience = FixtureArticle.audience()) throws -> [QuizItem] {
        try quiz(model, audience: audience).bank
    }

    static func items(_ type: QuizItemType, in bank: [QuizItem]) -> [QuizItem] {
        bank.filter { $0.type == type }
    }

    /// The text of the correct option of a choice item.
    static func answerText(_ item: QuizItem) -> String? {
        guard case .choice(let i) = item.answer, item.options.indices.contains(i) else { return nil }
        return item.options[i]
    }

    /// The distractors of a choice item.
    static func distractors(_ item: QuizItem) -> [String] {
        guard case .choice(let i) = item.answer else { return [] }
        return item.options.enumerated().filter { $0.offset != i }.map(\.element)
    }

    /// Every id an item may cite as a source.
    static func modelIDs(_ model: ArticleModel) -> Set<String> {
        let excerpted: [any Excerpted] = model.allClaims + model.evidence + model.statistics + model.quotes
            + model.events + model.vocabulary + model.craft
        return Set(excerpted.map(\.id) + model.entities.map(\.id) + model.questions.map(\.id))
    }
}
