import PacketModel

/// Judges a choice item's options against the whole model (hidden items included): which options
/// the model makes true. Generators use it to reject distractors; the self-check uses it to prove
/// that no distractor is also true and that every answer is.
final class TruthOracle {
    let model: ArticleModel
    let graph: ArgumentGraph
    private let trueStatements: Set<String>
    /// The comparison key of every claim's and evidence's excerpt, padded with spaces.
    private let excerptKeys: [String: String]
    /// Each claim's support tree and itself: what supports it, directly or in a chain.
    private let trees: [String: Set<String>]
    /// Every claim of the model by id.
    private let claimsByID: [String: Claim]
    /// The evidence each summary (as a comparison key) describes.
    private let evidenceBySummary: [String: [String]]
    /// The claims each wording (editor's or plain, as a comparison key) belongs to.
    private let claimsByWording: [String: Set<String>]
    /// What each claim or evidence supports, as ``supported(by:)`` has worked it out so far.
    private var supportedCache: [String: Set<String>] = [:]
    /// The keys of every meaning each term (as a key) has in the vocabulary.
    private let meanings: [String: Set<String>]
    /// The keys of the article's words for each person's name (as a key).
    private let descriptions: [String: Set<String>]

    init(model: ArticleModel) {
        self.model = model
        graph = ArgumentGraph(model: model)
        trueStatements = Statements.allTrue(in: model)
        let items: [any Excerpted] = model.allClaims + model.evidence
        excerptKeys = Dictionary(items.map { ($0.id, " " + TextNormal.key($0.excerpt) + " ") }, uniquingKeysWith: { a, _ in a })
        let graph = self.graph
        trees = Dictionary(model.allClaims.map { ($0.id, graph.supportTree(of: $0.id).union([$0.id])) },
                           uniquingKeysWith: { a, _ in a })
        var bySummary: [String: [String]] = [:]
        for evidence in model.evidence { bySummary[TextNormal.key(evidence.summary), default: []].append(evidence.id) }
        evidenceBySummary = bySummary
        claimsByID = Dictionary(model.allClaims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byWording: [String: Set<String>] = [:]
        for claim in model.allClaims {
            for wording in QuizContext.wordings(claim) { byWording[TextNormal.key(wording), default: []].insert(claim.id) }
        }
        claimsByWording = byWording
        var meanings: [String: Set<String>] = [:]
        for term in model.vocabulary { meanings[TextNormal.key(term.term), default: []].insert(TextNormal.key(term.definition)) }
        self.meanings = meanings
        var descriptions: [String: Set<String>] = [:]
        for person in model.people {
            if let words = person.describedAs { descriptions[TextNormal.key(person.name), default: []].insert(TextNormal.key(words)) }
        }
        self.descriptions = descriptions
    }

    /// The ids of the claims `option` is a wording of.
    func claims(worded option: String) -> Set<String> {
        claimsByWording[TextNormal.key(option)] ?? []
    }

    /// Whether `option` is true for `item`; `nil` when the item is not one the model can judge.
    func isTrue(_ option: String, for item: QuizItem) -> Bool? {
        isTrue(option, kind: item.kind, sources: item.sources, stem: item.stem, paragraph: item.paragraph)
    }

    /// Whether `option` is true for one part of a two-part item.
    func isTrue(_ option: String, for part: QuizPart) -> Bool? {
        isTrue(option, kind: part.kind, sources: part.sources, stem: part.stem, paragraph: nil)
    }

    func isTrue(_ option: String, kind: QuizItemKind, sources: [String], stem: String, paragraph: Int?) -> Bool? {
        guard let source = sources.first else { return nil }
        switch kind {
        case .statement:
            let statementTrue = trueStatements.contains(TextNormal.key(stem))
            return TextNormal.same(option, statementTrue ? "True" : "False")
        case .quoteSpeaker:
            return model.quotes.first { $0.id == source }.map { saidBy(option, quote: $0) }
        case .claimKind:
            return claimsByID[source].map { TextNormal.same(option, ClaimKindLabel.label($0.kind)) }
        case .evidenceForClaim:
            return claimsByID[source].map { supports(option, claim: $0) }
        case .statisticValue:
            guard let stat = model.statistics.first(where: { $0.id == source }) else { return nil }
            return ValueText.parseNumber(option).map { holds($0, for: stat) } ?? false
        case .eventDate:
            guard let event = model.events.first(where: { $0.id == source }) else { return nil }
            return ValueText.parseDate(option).map { matches($0, event: event) } ?? false
        case .termMeaning:
            guard let term = model.vocabulary.first(where: { $0.id == source }) else { return nil }
            return meanings[TextNormal.key(term.term)]?.contains(TextNormal.key(option)) == true
        case .personDescription:
            guard let person = model.person(source) else { return nil }
            return descriptions[TextNormal.key(person.name)]?.contains(TextNormal.key(option)) == true
        case .thesis:
            return isWording(option, of: model.thesis.id)
        case .mainIdea:
            guard let paragraph, let main = graph.mainClaim(ofParagraph: paragraph) else { return nil }
            return isWording(option, of: main)
        case .claimForEvidence, .claimForClaim:
            let worded = claims(worded: option)
            return !worded.isEmpty && !supported(by: source).isDisjoint(with: worded)
        case .opposingView:
            return !graph.raisesCounterargument.isDisjoint(with: claims(worded: option))
        case .authorsAnswer:
            guard sources.count > 1 else { return nil }
            // The rebuttal, and the claim the view argues against: both are the author's side.
            let answers = Set(graph.rebuttals(of: sources[1]))
                .union(graph.attacked(by: sources[1]))
            return !answers.isDisjoint(with: claims(worded: option))
        case .supportingExcerpt:
            return supportsExcerpt(option, claim: source)
        case .wordEffect:
            guard let note = model.craft.first(where: { $0.id == source }) else { return nil }
            return model.craft.contains { $0.device == note.device && TextNormal.same($0.effect, option) }
        case .statisticLimit:
            guard let stat = model.statistics.first(where: { $0.id == source }) else { return nil }
            if let limit = stat.doesNotShow, TextNormal.same(limit, option) { return true }
            return StatisticCautions.all.first { TextNormal.same($0.text, option) }.map { $0.applies(stat) } ?? false
        case .eventOrder, .termForMeaning, .termsMatched, .peopleMatched, .personForDescription, .authored:
            return nil
        }
    }

    /// Every claim `id` supports, directly or in a chain (each item's options ask the same).
    private func supported(by id: String) -> Set<String> {
        if let known = supportedCache[id] { return known }
        let found = graph.supported(by: id)
        supportedCache[id] = found
        return found
    }

    /// True when `option` is one of the claim's wordings (the editor's or the plain one).
    func isWording(_ option: String, of claimID: String) -> Bool {
        claims(worded: option).contains(claimID)
    }

    /// True when someone who said these words (in any quote of the model) goes by `name`.
    func saidBy(_ name: String, quote: Quote) -> Bool {
        let speakers = model.quotes.filter { TextNormal.same($0.text, quote.text) }.map(\.speaker)
        return speakers.contains { id in
            Statements.names(of: id, in: model).contains { TextNormal.same($0, name) }
        }
    }

    /// True when `summary` describes evidence that supports the claim, directly or through a chain
    /// of supporting claims (evidence for a reason is evidence for what the reason supports).
    func supports(_ summary: String, claim: Claim) -> Bool {
        let tree = trees[claim.id] ?? graph.supportTree(of: claim.id)
        return (evidenceBySummary[TextNormal.key(summary)] ?? []).contains(where: tree.contains)
    }

    /// True when the quoted words contain the excerpt of the claim itself or of anything that
    /// supports it: they are evidence for it.
    func supportsExcerpt(_ option: String, claim: String) -> Bool {
        let tree = trees[claim] ?? graph.supportTree(of: claim).union([claim])
        let words = " " + TextNormal.key(option) + " "
        return tree.contains { id in
            guard let key = excerptKeys[id], key.count > 2 else { return false }
            return words.bytesContain(key)
        }
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
}
