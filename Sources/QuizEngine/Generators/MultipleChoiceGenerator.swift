import PacketModel

/// Multiple choice about what the article states: a statistic's value and an event's date
/// (options in ascending order, the answer at a random rank), a word's meaning in its sentence,
/// and how the article describes a person.
enum MultipleChoiceGenerator: ItemGenerator {
    static let type = QuizItemType.multipleChoice

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.statistics.compactMap { statistic($0, context, oracle) }
            + context.events.compactMap { event($0, context, oracle) }
            + context.vocabulary.compactMap { TermInContext.item(for: $0, context, oracle) }
            + context.people.compactMap { PersonDescriptionChoice.item(for: $0, context, oracle) }
    }

    /// The question for a statistic's value: the model's `ask`, or one made from what it measures.
    static func question(for stat: Statistic) -> String {
        stat.ask ?? "What number does the article give for \(TextNormal.definite(TextNormal.clause(stat.measures)))?"
    }

    /// "The article says “…” [¶n]." with the caveat as the editor's note.
    static func explanation(for stat: Statistic, support: SupportingExcerpt) -> String {
        var text = "The article says \(Quoting.quoted(support.text)) [¶\(support.paragraph)]."
        if let caveat = stat.caveat { text += " Editor’s note: \(caveat)" }
        return text
    }

    private static func statistic(_ stat: Statistic, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard stat.isAskedAsNumber, case .exact(let value) = stat.value, let support = context.support(stat) else { return nil }
        let id = "multiple-choice.\(stat.id)"
        var random = context.random(for: id)
        let sameUnit = Distractors.comparable(to: stat, among: context.statistics.filter(\.isAskedAsNumber))
        let candidates = sameUnit + Distractors.perturbations(of: stat)
        let rejected = { (x: Double) in oracle.holds(x, for: stat) || abs(x - value) < abs(value) * 0.05 }
        guard let values = AscendingOptions.values(answer: value, candidates: candidates, count: context.optionCount,
                                                   isTrue: rejected, random: &random),
              let answer = values.firstIndex(of: value) else { return nil }
        let options = values.map { ValueText.number($0, percent: stat.isPercent) }
        let unit = stat.ask == nil && !Statements.unitSuffix(stat).isEmpty ? " (in \(stat.unit))" : ""
        let stem = question(for: stat).dropLastQuestionMark + unit + "?"
        return QuizItem(id: id, type: type, kind: .statisticValue, skill: .numbers, dok: 1, stem: stem,
                        options: options, answer: .choice(answer),
                        explanation: explanation(for: stat, support: support), support: [support], bloom: .remember,
                        difficulty: stat.approximate ? .medium : .easy, sources: [stat.id])
    }

    private static func event(_ event: TimelineEvent, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard let support = context.support(event) else { return nil }
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
        var explanation = "\(TextNormal.clause(event.description)): \(ValueText.date(event.date)). The article says \(Quoting.quoted(support.text)) [¶\(support.paragraph)]."
        if event.basis == .resolved, let phrase = event.phrase {
            explanation += " It does not print this date: it is worked out from \(Quoting.quoted(phrase)) and the article’s date."
        }
        let stem = event.ask ?? "According to the article, when did this happen? \(TextNormal.clause(event.description))."
        return QuizItem(id: id, type: type, kind: .eventDate, skill: .recall, dok: 1, stem: stem,
                        options: options,
                        answer: .choice(answer), explanation: explanation, support: [support], bloom: .remember,
                        difficulty: event.basis == .resolved ? .hard : .easy, sources: [event.id])
    }
}

extension String {
    /// The text without a final question mark.
    var dropLastQuestionMark: String { hasSuffix("?") ? String(dropLast()) : self }
}
