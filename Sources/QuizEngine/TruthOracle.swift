import PacketModel

/// Judges a choice item's options against the whole model (hidden items included): which options
/// the model makes true. Generators use it to reject distractors; the self-check uses it to prove
/// that no distractor is also true and that every answer is.
struct TruthOracle {
    let model: ArticleModel
    private let trueStatements: Set<String>

    init(model: ArticleModel) {
        self.model = model
        trueStatements = Statements.allTrue(in: model)
    }

    /// Whether `option` is true for `item`; `nil` when the item is not one the model can judge.
    func isTrue(_ option: String, for item: QuizItem) -> Bool? {
        guard let source = item.sources.first else { return nil }
        switch item.type {
        case .trueFalse:
            let statementTrue = trueStatements.contains(TextNormal.key(item.stem))
            return TextNormal.same(option, statementTrue ? "True" : "False")
        case .whoSaidIt:
            return model.quotes.first { $0.id == source }.map { saidBy(option, quote: $0) }
        case .factOpinion:
            return model.claim(source).map { TextNormal.same(option, ClaimKindLabel.label($0.kind)) }
        case .claimEvidence:
            return model.claim(source).map { supports(option, claim: $0) }
        case .multipleChoice:
            return multipleChoice(option, source: source)
        case .numeric, .matching, .ordering, .shortAnswer, .essay:
            return nil
        }
    }

    /// True when someone who said these words (in any quote of the model) goes by `name`.
    func saidBy(_ name: String, quote: Quote) -> Bool {
        let speakers = model.quotes.filter { TextNormal.same($0.text, quote.text) }.map(\.speaker)
        return speakers.contains { id in
            let names = model.entities.first { $0.id == id }?.allNames ?? [model.displayName(for: id)]
            return names.contains { TextNormal.same($0, name) }
        }
    }

    /// True when `summary` describes evidence that supports the claim, directly or through a chain
    /// of supporting claims (evidence for a reason is evidence for what the reason supports).
    func supports(_ summary: String, claim: Claim) -> Bool {
        let targets = supportedClaims(reaching: claim.id)
        return model.evidence.contains { e in
            TextNormal.same(e.summary, summary) && (!targets.isDisjoint(with: e.supports)
                || model.relations.contains { $0.from == e.id && targets.contains($0.to) && $0.type == .supports })
        }
    }

    /// The claim and every claim that supports it, directly or in a chain.
    private func supportedClaims(reaching id: String) -> Set<String> {
        var found: Set<String> = [id]
        var frontier = [id]
        while let next = frontier.popLast() {
            for r in model.relations where r.type == .supports && r.to == next && !found.contains(r.from) {
                found.insert(r.from)
                frontier.append(r.from)
            }
        }
        return found
    }

    /// True when the number lies within what the statistic says (allowing for rounding and "about").
    func holds(_ value: Double, for stat: Statistic) -> Bool {
        let v = stat.value
        let slack = max(0.006, stat.approximate ? abs(v.representative) * 0.1 : 0)
        return value >= v.minimum - slack && value <= (v.maximum ?? .infinity) + slack
    }

    /// True when the written date can mean the event's date (same year, and month and day where both say).
    func matches(_ date: PartialDate, event: TimelineEvent) -> Bool {
        let e = event.date
        if date.year != e.year { return false }
        if let m = date.month, let em = e.month, m != em { return false }
        if let d = date.day, let ed = e.day, d != ed { return false }
        return true
    }

    private func multipleChoice(_ option: String, source: String) -> Bool? {
        if let stat = model.statistics.first(where: { $0.id == source }) {
            return ValueText.parseNumber(option).map { holds($0, for: stat) } ?? false
        }
        if let event = model.events.first(where: { $0.id == source }) {
            return ValueText.parseDate(option).map { matches($0, event: event) } ?? false
        }
        if let term = model.vocabulary.first(where: { $0.id == source }) {
            return model.vocabulary.contains { TextNormal.same($0.term, term.term) && TextNormal.same($0.definition, option) }
        }
        if let person = model.person(source) {
            return model.people.contains { TextNormal.same($0.name, person.name) && TextNormal.same($0.role, option) }
        }
        return nil
    }
}
