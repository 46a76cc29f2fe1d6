import PacketModel

/// Judges a choice item's options against the whole model (hidden items included): which options
/// the model makes true. Generators use it to reject distractors; the self-check uses it to prove
/// that no distractor is also true and that every answer is.
struct TruthOracle {
    let model: ArticleModel
    private let trueStatements: Set<String>
    /// Looked up for every option of every item: made once, so judging a model of n claims and
    /// n pieces of evidence takes time growing with n, not n² or n³ (1,000 claims took minutes).
    private let index: Index

    init(model: ArticleModel) {
        self.model = model
        trueStatements = Statements.allTrue(in: model)
        index = Index(model)
    }

    /// The model's evidence and quotes by the key of their text, and what bears on each claim.
    private struct Index {
        /// Each piece of evidence (by its place in the model) whose summary has this key.
        var evidenceBySummary: [String: [Int]] = [:]
        /// The claims each piece of evidence supports: its `supports` and its supports relations.
        var evidenceTargets: [Set<String>] = []
        /// The pieces of evidence that support each claim directly, by place in the model.
        var evidenceFor: [String: [Int]] = [:]
        /// The claims that support each claim directly (supports relations).
        var supporters: [String: [String]] = [:]
        /// The speakers of the quotes whose text has this key.
        var speakersByQuote: [String: [String]] = [:]
        /// The first entity with each id.
        var entities: [String: Entity] = [:]
        /// The first claim, statistic, event, vocabulary term and person with each id (an item's source).
        var claims: [String: Claim] = [:]
        var statistics: [String: Statistic] = [:]
        var events: [String: TimelineEvent] = [:]
        var vocabulary: [String: VocabularyTerm] = [:]
        var people: [String: Entity] = [:]

        init(_ model: ArticleModel) {
            var fromEvidence: [String: Set<String>] = [:]
            for relation in model.relations where relation.type == .supports {
                supporters[relation.to, default: []].append(relation.from)
                fromEvidence[relation.from, default: []].insert(relation.to)
            }
            for (place, evidence) in model.evidence.enumerated() {
                evidenceBySummary[TextNormal.key(evidence.summary), default: []].append(place)
                let targets = Set(evidence.supports).union(fromEvidence[evidence.id] ?? [])
                evidenceTargets.append(targets)
                for claim in targets { evidenceFor[claim, default: []].append(place) }
            }
            for quote in model.quotes { speakersByQuote[TextNormal.key(quote.text), default: []].append(quote.speaker) }
            for entity in model.entities where entities[entity.id] == nil { entities[entity.id] = entity }
            for claim in model.allClaims where claims[claim.id] == nil { claims[claim.id] = claim }
            for stat in model.statistics where statistics[stat.id] == nil { statistics[stat.id] = stat }
            for event in model.events where events[event.id] == nil { events[event.id] = event }
            for term in model.vocabulary where vocabulary[term.id] == nil { vocabulary[term.id] = term }
            for person in model.people where people[person.id] == nil { people[person.id] = person }
        }
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
            return index.claims[source].map { TextNormal.same(option, ClaimKindLabel.label($0.kind)) }
        case .claimEvidence:
            return index.claims[source].map { supports(option, claim: $0) }
        case .multipleChoice:
            return multipleChoice(option, source: source)
        case .numeric, .matching, .ordering, .shortAnswer, .essay:
            return nil
        }
    }

    /// True when someone who said these words (in any quote of the model) goes by `name`.
    func saidBy(_ name: String, quote: Quote) -> Bool {
        let speakers = index.speakersByQuote[TextNormal.key(quote.text)] ?? []
        let key = TextNormal.key(name)
        return speakers.contains { id in
            let names = index.entities[id]?.allNames ?? [model.displayName(for: id)]
            return names.contains { TextNormal.key($0) == key }
        }
    }

    /// True when `summary` describes evidence that supports the claim, directly or through a chain
    /// of supporting claims (evidence for a reason is evidence for what the reason supports).
    func supports(_ summary: String, claim: Claim) -> Bool {
        guard let matching = index.evidenceBySummary[TextNormal.key(summary)] else { return false }
        let targets = supportedClaims(reaching: claim.id)
        return matching.contains { !targets.isDisjoint(with: index.evidenceTargets[$0]) }
    }

    /// The keys (``TextNormal/key(_:)``) of every evidence summary that ``supports(_:claim:)`` the claim.
    func supportingSummaryKeys(for claim: Claim) -> Set<String> {
        var keys: Set<String> = []
        for target in supportedClaims(reaching: claim.id) {
            for place in index.evidenceFor[target] ?? [] { keys.insert(TextNormal.key(model.evidence[place].summary)) }
        }
        return keys
    }

    /// The claim and every claim that supports it, directly or in a chain.
    private func supportedClaims(reaching id: String) -> Set<String> {
        var found: Set<String> = [id]
        var frontier = [id]
        while let next = frontier.popLast() {
            for from in index.supporters[next] ?? [] where !found.contains(from) {
                found.insert(from)
                frontier.append(from)
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
        if let stat = index.statistics[source] {
            return ValueText.parseNumber(option).map { holds($0, for: stat) } ?? false
        }
        if let event = index.events[source] {
            return ValueText.parseDate(option).map { matches($0, event: event) } ?? false
        }
        if let term = index.vocabulary[source] {
            return model.vocabulary.contains { TextNormal.same($0.term, term.term) && TextNormal.same($0.definition, option) }
        }
        if let person = index.people[source] {
            return model.people.contains { TextNormal.same($0.name, person.name) && TextNormal.same($0.role, option) }
        }
        return nil
    }
}
