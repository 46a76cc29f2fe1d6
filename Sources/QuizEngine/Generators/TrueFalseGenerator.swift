import PacketModel

/// True/false statements about who said what and how the article describes people. About half are
/// made false by swapping one real attribute for another from the model (a speaker, a description);
/// the answer is then read off the model by ``TruthOracle``, never assumed.
enum TrueFalseGenerator: ItemGenerator {
    static let type = QuizItemType.trueFalse

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        var items: [QuizItem] = []
        // The author's own sentences are not quotations: "The author said: …" would test nothing.
        for quote in context.quotes where quote.speaker != "author" {
            guard let speaker = context.speaker(quote.speaker), let support = context.passage(for: quote, limit: 240)
            else { continue }
            let others = context.speakerNames + context.people.map(\.name)
            items.append(make(quote.id, context, oracle, truth: Statements.quote(quote, speakerName: speaker),
                              support: support.support) { random in
                Distractors.pick(1, for: speaker, from: [others], isTrue: { oracle.saidBy($0, quote: quote) },
                                 random: &random).first.map { Statements.quote(quote, speakerName: $0) }
            })
        }
        for person in context.people {
            guard let words = context.description(of: person) else { continue }
            let others = context.people.filter { $0.id != person.id }.compactMap { context.description(of: $0)?.text }
            items.append(make(person.id, context, oracle, truth: Statements.description(of: person, as: words.text),
                              support: words) { random in
                Distractors.pick(1, for: words.text, from: [others], isTrue: { TextNormal.same($0, words.text) },
                                 random: &random).first.map { Statements.description(of: person, as: $0) }
            })
        }
        return items
    }

    /// A statement about model item `id`: false when `falsify` can swap an attribute and the coin says so.
    static func make(_ id: String, _ context: QuizContext, _ oracle: TruthOracle, truth: String, support: SupportingExcerpt,
                     falsify: (inout SplitMix64) -> String?) -> QuizItem {
        let itemID = "true-false.\(id)"
        var random = context.random(for: itemID)
        let wantFalse = random.below(2) == 0
        let statement = (wantFalse ? falsify(&random) : nil) ?? truth
        var item = QuizItem(id: itemID, type: type, kind: .statement, skill: .recall, dok: 1, stem: statement,
                            options: ["True", "False"], answer: .choice(0), explanation: "", support: [support],
                            bloom: .remember, difficulty: .easy, sources: [id])
        let isTrue = oracle.isTrue("True", for: item) ?? false
        let cite = " [¶\(support.paragraph)]"
        item.answer = .choice(isTrue ? 0 : 1)
        item.difficulty = isTrue ? .easy : .medium
        item.explanation = isTrue ? "True: the article says \(Quoting.quoted(support.text))\(cite)."
            : "False. The true statement: \(truth)\(cite)"
        return item
    }
}
