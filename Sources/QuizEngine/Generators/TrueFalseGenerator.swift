import PacketModel

/// True/false statements about quotes, numbers, dates and roles. About half are made false by
/// swapping one real attribute for another from the model (a speaker, a number, a date, a role);
/// the answer is then read off the model by ``TruthOracle``, never assumed.
enum TrueFalseGenerator: ItemGenerator {
    static let type = QuizItemType.trueFalse

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        var items: [QuizItem] = []
        for quote in context.quotes {
            let speaker = context.name(quote.speaker)
            let others = context.speakerNames + context.people.map(\.name)
            items.append(make(quote, context, oracle, truth: Statements.quote(quote, speakerName: speaker)) { random in
                Distractors.pick(1, for: speaker, from: [others], isTrue: { oracle.saidBy($0, quote: quote) },
                                 random: &random).first.map { Statements.quote(quote, speakerName: $0) }
            })
        }
        for stat in context.statistics {
            guard case .exact(let value) = stat.value else { continue }
            let candidates = Distractors.comparable(to: stat, among: context.statistics)
                + Distractors.perturbations(of: stat)
            items.append(make(stat, context, oracle, truth: Statements.statistic(stat, value: value)) { random in
                let wrong = candidates.filter { !oracle.holds($0, for: stat) && abs($0 - value) >= abs(value) * 0.05 }
                return random.pick(Array(wrong.prefix(3))).map { Statements.statistic(stat, value: $0) }
            })
        }
        for event in context.events {
            let candidates = Distractors.dates(near: event.date, among: context.events,
                                               notAfter: context.model.metadata.published.date)
            items.append(make(event, context, oracle, truth: Statements.event(event, date: event.date)) { random in
                let wrong = candidates.filter { !oracle.matches($0, event: event) }
                return random.pick(Array(wrong.prefix(3))).map { Statements.event(event, date: $0) }
            })
        }
        for person in context.people {
            items.append(PersonRoleStatement.item(for: person, context, oracle))
        }
        return items
    }

    /// A statement about `source`: false when `falsify` can swap an attribute and the coin says so.
    static func make(_ source: any Excerpted, _ context: QuizContext, _ oracle: TruthOracle, truth: String,
                     falsify: (inout SplitMix64) -> String?) -> QuizItem {
        let id = "true-false.\(source.id)"
        var random = context.random(for: id)
        let wantFalse = random.below(2) == 0
        let statement = (wantFalse ? falsify(&random) : nil) ?? truth
        return judged(id: id, statement: statement, truth: truth, paragraph: source.location?.paragraph,
                      excerpt: source.excerpt, sources: [source.id], oracle: oracle)
    }

    /// The item with its answer judged against the model.
    static func judged(id: String, statement: String, truth: String, paragraph: Int?, excerpt: String,
                       sources: [String], oracle: TruthOracle) -> QuizItem {
        var item = QuizItem(id: id, type: type, stem: statement, options: ["True", "False"], answer: .choice(0),
                            explanation: "", paragraph: paragraph, excerpt: excerpt, bloom: .remember,
                            difficulty: .easy, sources: sources)
        let isTrue = oracle.isTrue("True", for: item) ?? false
        let cite = paragraph.map { " [¶\($0)]" } ?? ""
        item.answer = .choice(isTrue ? 0 : 1)
        item.difficulty = isTrue ? .easy : .medium
        item.explanation = isTrue ? "True: the article says “\(excerpt)”\(cite)." : "False. \(truth)\(cite)"
        return item
    }
}
