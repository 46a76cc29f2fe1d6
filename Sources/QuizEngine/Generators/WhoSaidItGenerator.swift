import PacketModel

/// "Who said this?" with the quote's speaker as the answer and other speakers (then other
/// people) as distractors; never someone who is also quoted saying the same words.
enum WhoSaidItGenerator: ItemGenerator {
    static let type = QuizItemType.whoSaidIt

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let speakers = context.model.quotes.map { context.name($0.speaker) }
        let others = context.model.people.map(\.name)
        return context.quotes.compactMap { quote in
            let id = "who-said-it.\(quote.id)"
            var random = context.random(for: id)
            let speaker = context.name(quote.speaker)
            let distractors = Distractors.pick(context.optionCount - 1, for: speaker, from: [speakers, others],
                                               isTrue: { oracle.saidBy($0, quote: quote) }, random: &random)
            let stem = quote.mode == .direct
                ? "Who said this, according to the article? “\(TextNormal.clause(quote.text))”"
                : "Whose point does the article report here? \(TextNormal.clause(quote.text))."
            var explanation = "\(speaker)"
            if let role = quote.role { explanation += ", \(role)," }
            explanation += quote.mode == .direct ? " said it" : " made this point"
            if let where_ = quote.context { explanation += " (\(TextNormal.clause(where_)))" }
            explanation += " \(quote.citation)."
            return QuizItem.choice(id: id, type: type, stem: stem, answer: speaker, distractors: distractors,
                                   explanation: explanation, source: quote, bloom: .remember,
                                   difficulty: distractors.count >= 2 && quote.mode == .direct ? .easy : .medium,
                                   sources: [quote.id, quote.speaker])
        }
    }
}
