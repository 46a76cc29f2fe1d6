import PacketModel

/// "Who said this?" with the quote's speaker as the answer and other speakers (then other
/// people) as distractors; never someone who is also quoted saying the same words. A quote
/// whose speaker the article does not name (or "the author" of an unsigned article) is not asked:
/// the odd option out would give it away.
enum WhoSaidItGenerator: ItemGenerator {
    static let type = QuizItemType.whoSaidIt

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let speakers = context.speakerNames
        let others = context.people.map(\.name)
        return context.quotes.compactMap { quote in
            let named = quote.speaker == "author" ? context.model.metadata.author != nil
                : context.model.person(quote.speaker).map(QuizContext.isNamed) == true
            guard named, let support = context.support(quote) else { return nil }
            let id = "who-said-it.\(quote.id)"
            var random = context.random(for: id)
            let speaker = context.model.displayName(for: quote.speaker)
            let distractors = Distractors.pick(context.optionCount - 1, for: speaker, from: [speakers, others],
                                               isTrue: { oracle.saidBy($0, quote: quote) }, random: &random)
            let stem = quote.mode == .direct
                ? "Who said this, according to the article? \(Quoting.quoted(TextNormal.clause(quote.text)))"
                : "Whose point does the article report here? \(TextNormal.clause(quote.text))."
            var explanation = speaker
            if let person = context.model.person(quote.speaker), let words = context.description(of: person) {
                explanation += " (\(Quoting.quoted(words.text)))"
            }
            explanation += quote.mode == .direct ? " said it" : " made this point"
            explanation += " [¶\(support.paragraph)]."
            return QuizItem.choice(id: id, type: type, kind: .quoteSpeaker, skill: .recall, dok: 1, stem: stem,
                                   answer: speaker, distractors: distractors, explanation: explanation,
                                   support: [support], bloom: .remember,
                                   difficulty: distractors.count >= 2 && quote.mode == .direct ? .easy : .medium,
                                   sources: [quote.id, quote.speaker])
        }
    }
}
