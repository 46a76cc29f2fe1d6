import PacketModel

/// Builds an audience's quiz from the article model: an item bank generated from the model's
/// claims, evidence, numbers, quotes, events, people and vocabulary plus the editor's prompts,
/// and seeded printed forms A, B, … that hold the same items in different orders.
package enum QuizEngine {
    /// Builds the audience's item bank and `forms` forms (default audience.quiz.forms, at least 2: A, B…),
    /// reproducibly from `seed` (default: derived from article.id, FNV-1a 64 of the id).
    /// Throws `QuizCheckError` (with one clear message per broken rule) when the self-check fails.
    package static func makeQuiz(for article: ArticleModel, audience: Audience,
                                forms: Int? = nil, seed: UInt64? = nil) throws -> QuizSet {
        let seed = seed ?? defaultSeed(for: article)
        let context = QuizContext(model: article, audience: audience, seed: seed)
        let oracle = TruthOracle(model: article)
        let bankItems = bank(in: context, oracle: oracle)
        var bankRandom = SplitMix64(seed: seed, purpose: "bank")
        let arrangedBank = FormAssembler.arrange(bankItems, random: &bankRandom)
        var selectRandom = SplitMix64(seed: seed, purpose: "selection")
        let selected = ItemSelector.select(from: arrangedBank, settings: audience.quiz,
                                          topics: ItemTopics(model: article), random: &selectRandom)
        let formCount = min(26, max(2, forms ?? audience.quiz.forms))
        let quizForms = (0..<formCount).map { k in
            let name = QuizItem.letter(k)
            var formSeed = SplitMix64(seed: seed, purpose: "form \(name)")
            return FormAssembler.form(named: name, items: selected, seed: formSeed.next())
        }
        let problems = SelfCheck.problems(in: arrangedBank, label: "bank", oracle: oracle)
            + quizForms.flatMap { SelfCheck.problems(in: $0.items, label: "form \($0.name)", oracle: oracle) }
        guard problems.isEmpty else { throw QuizCheckError(problems: problems) }
        return QuizSet(bank: arrangedBank, forms: quizForms)
    }

    /// The seed used when none is given: FNV-1a 64 of the article id.
    static func defaultSeed(for article: ArticleModel) -> UInt64 { FNV1a.hash(article.id) }

    /// Every item the audience may see, in canonical order: by type, then as each generator made them.
    static func bank(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let wanted = Set(context.audience.quiz.types.filter { $0.value > 0 }.map(\.key))
        return allGenerators.filter { wanted.contains($0.type) }.flatMap { $0.items(in: context, oracle: oracle) }
    }
}
