import PacketModel

/// Multiple choice about the model's facts: a statistic's value and an event's date (options in
/// ascending order, the answer at a random rank), a term's meaning and a person's role.
enum MultipleChoiceGenerator: ItemGenerator {
    static let type = QuizItemType.multipleChoice

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.statistics.compactMap { statistic($0, context, oracle) }
            + context.events.compactMap { event($0, context, oracle) }
            + context.vocabulary.compactMap { term($0, context, oracle) }
            + context.people.compactMap { PersonRoleChoice.item(for: $0, context, oracle) }
    }

    private static func statistic(_ stat: Statistic, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard case .exact(let value) = stat.value else { return nil }
        let id = "multiple-choice.\(stat.id)"
        var random = context.random(for: id)
        let sameUnit = Distractors.comparable(to: stat, among: context.statistics)
        let candidates = sameUnit + Distractors.perturbations(of: stat)
        let rejected = { (x: Double) in oracle.holds(x, for: stat) || abs(x - value) < abs(value) * 0.05 }
        guard let values = AscendingOptions.values(answer: value, candidates: candidates, count: context.optionCount,
                                                   isTrue: rejected, random: &random) else { return nil }
        let options = values.map { ValueText.number($0, percent: stat.isPercent) }
        guard let answer = values.firstIndex(of: value) else { return nil }
        let unit = Statements.unitSuffix(stat).isEmpty ? "" : " (in \(stat.unit))"
        var explanation = "The article gives “\(stat.asWritten)” for \(TextNormal.definite(TextNormal.clause(stat.measures))) \(stat.citation)."
        if let caveat = stat.caveat { explanation += " Keep in mind: \(caveat)" }
        return QuizItem(id: id, type: type,
                        stem: "What figure does the article give for \(TextNormal.definite(TextNormal.clause(stat.measures)))\(unit)?",
                        options: options, answer: .choice(answer), explanation: explanation,
                        paragraph: stat.location?.paragraph, excerpt: stat.excerpt, bloom: .remember,
                        difficulty: stat.approximate ? .medium : .easy, sources: [stat.id])
    }

    private static func event(_ event: TimelineEvent, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        let id = "multiple-choice.\(event.id)"
        var random = context.random(for: id)
        let dates = Distractors.dates(near: event.date, among: context.events.filter { $0.id != event.id },
                                      notAfter: context.model.metadata.published.date)
        let candidates = dates.map { Double($0.spreadsheetSerial) }
        let byKey = Dictionary(dates.map { (Double($0.spreadsheetSerial), $0) }, uniquingKeysWith: { a, _ in a })
        let answerKey = Double(event.date.spreadsheetSerial)
        let rejected = { (x: Double) in byKey[x].map { oracle.matches($0, event: event) } ?? true }
        guard let keys = AscendingOptions.values(answer: answerKey, candidates: candidates, count: context.optionCount,
                                                 isTrue: rejected, random: &random),
              let answer = keys.firstIndex(of: answerKey) else { return nil }
        let options = keys.map { byKey[$0].map(ValueText.date) ?? ValueText.date(event.date) }
        var explanation = "\(TextNormal.clause(event.description)): \(ValueText.date(event.date)) \(event.citation)."
        if event.basis == .resolved, let phrase = event.phrase {
            explanation += " The article does not print this date; it is worked out from “\(phrase)”."
        }
        return QuizItem(id: id, type: type,
                        stem: "When did this happen, according to the article? \(TextNormal.clause(event.description)).",
                        options: options, answer: .choice(answer), explanation: explanation,
                        paragraph: event.location?.paragraph, excerpt: event.excerpt, bloom: .remember,
                        difficulty: event.basis == .resolved ? .hard : .easy, sources: [event.id])
    }

    private static func term(_ term: VocabularyTerm, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        let id = "multiple-choice.\(term.id)"
        var random = context.random(for: id)
        let stem = "As used in the article, what does “\(term.term)” mean?"
        let probe = QuizItem(id: id, type: type, stem: stem, answer: .choice(0), explanation: "", paragraph: nil,
                             excerpt: "", bloom: .understand, sources: [term.id])
        let others = context.vocabulary.filter { $0.id != term.id }.map(\.definition)
        let distractors = Distractors.pick(context.optionCount - 1, for: term.definition, from: [others],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        return QuizItem.choice(id: id, type: type, stem: stem, answer: term.definition, distractors: distractors,
                               explanation: "“\(term.term)” (\(term.partOfSpeech)) means: \(term.definition) \(term.citation)",
                               source: term, bloom: .understand, difficulty: term.tier >= 3 ? .medium : .easy,
                               sources: [term.id])
    }
}
