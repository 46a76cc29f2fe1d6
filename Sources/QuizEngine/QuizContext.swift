import PacketModel

/// What the generators may draw on for one audience: the model with the items the audience's
/// sensitivity setting hides already taken out, the base seed and the options per item. A class:
/// every generator reads it, and one reference costs less to pass than a copy of its arrays.
final class QuizContext {
    /// The whole model: names and the truth of distractors are judged against all of it.
    let model: ArticleModel
    /// How stems speak of the article and its author (by genre).
    var genre: GenreWording { model.metadata.genre.wording }
    let audience: Audience
    let seed: UInt64
    /// Options per multiple-choice item (3…5).
    let optionCount: Int
    let graph: ArgumentGraph
    /// The paragraphs' sentences, for the words items quote.
    let passages: ArticlePassages

    let claims: [Claim]
    let evidence: [Evidence]
    let statistics: [Statistic]
    let quotes: [Quote]
    /// Events the article dates, each with the date as precisely as the article gives it.
    let events: [TimelineEvent]
    let vocabulary: [VocabularyTerm]
    let craft: [CraftNote]
    /// People the article names and describes in its own words (`described_as`), in a paragraph
    /// it locates: the only people items ask about. World-knowledge roles are never asked.
    let people: [Entity]
    /// Authored prompts whose related items are all visible to the audience.
    let questions: [AuthoredQuestion]
    /// Ids of the model items this audience does not see.
    let hidden: Set<String>
    /// The thesis's support tree: the main line of the argument.
    let mainLine: Set<String>
    /// The visible claims by id.
    private let claimsByID: [String: Claim]
    /// Each visible claim's place in ``claims``.
    private let claimOrder: [String: Int]
    /// Each visible piece of evidence's place in ``evidence``.
    private let evidencePlaces: [String: Int]
    /// The visible claims located in each paragraph, in model order.
    private let claimsByParagraph: [Int: [Claim]]
    /// Where every claim of the model (hidden ones too) stands, by paragraph: id and byte span.
    private let claimSpans: [Int: [(id: String, span: Range<Int>)]]
    /// Where every item this audience does not see stands, by paragraph.
    private let hiddenSpans: [Int: [(id: String, span: Range<Int>)]]

    init(model: ArticleModel, audience: Audience, seed: UInt64) {
        self.model = model
        self.audience = audience
        self.seed = seed
        optionCount = min(5, max(3, audience.quiz.options))
        graph = ArgumentGraph(model: model)
        passages = ArticlePassages(model: model)
        let sensitivity = audience.sensitivity
        claims = model.allClaims.filter { !sensitivity.hides($0) }
        evidence = model.evidence.filter { !sensitivity.hides($0) }
        statistics = model.statistics.filter { !sensitivity.hides($0) }
        quotes = model.quotes.filter { !sensitivity.hides($0) }
        // Items ask "according to the article": an event is asked only with the date the article
        // gives, to the precision it gives; one dated only from outside the article is not asked.
        events = model.events.filter { !sensitivity.hides($0) }.compactMap { event in
            guard let date = event.textDate else { return nil }
            var asked = event
            asked.date = date
            return asked
        }
        vocabulary = model.vocabulary.filter { !sensitivity.hides($0) }
        craft = model.craft.filter { !sensitivity.hides($0) }
        people = model.people.filter {
            !$0.paragraphs.isEmpty && QuizContext.isNamed($0) && $0.describedAs != nil && $0.describedAsLocation != nil
        }
        var hidden: Set<String> = []
        let tagged: [any Excerpted] = model.allClaims + model.evidence + model.statistics + model.quotes
            + model.events + model.vocabulary + model.craft
        var hiddenSpans: [Int: [(id: String, span: Range<Int>)]] = [:]
        for item in tagged where sensitivity.hides(item) {
            hidden.insert(item.id)
            if let l = item.location { hiddenSpans[l.paragraph, default: []].append((item.id, l.offset..<(l.offset + l.length))) }
        }
        self.hidden = hidden
        self.hiddenSpans = hiddenSpans
        claimsByID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        evidencePlaces = Dictionary(evidence.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        claimOrder = Dictionary(claims.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        claimsByParagraph = Dictionary(grouping: claims.filter { $0.location != nil }) { $0.location?.paragraph ?? 0 }
        var spans: [Int: [(id: String, span: Range<Int>)]] = [:]
        for claim in model.allClaims {
            if let l = claim.location { spans[l.paragraph, default: []].append((claim.id, l.offset..<(l.offset + l.length))) }
        }
        claimSpans = spans
        mainLine = graph.supportTree(of: model.thesis.id)
        questions = model.questions.filter { hidden.isDisjoint(with: $0.related) }
    }

    /// True unless the entry stands for someone the article does not name ("Unnamed US Air Force
    /// general", "Berlin attacker (unnamed in the text)"): such a name would stand out among real names.
    static func isNamed(_ person: Entity) -> Bool {
        let words = Set(TextNormal.key(person.name).split(separator: " "))
        return !person.name.contains("(") && words.isDisjoint(with: ["unnamed", "unidentified", "anonymous", "unknown"])
    }

    /// Names of the people quoted (named ones only), for who-said-it distractors.
    var speakerNames: [String] {
        quotes.compactMap { q in model.person(q.speaker).flatMap { QuizContext.isNamed($0) ? $0.name : nil } }
    }

    /// The visible claim with this id.
    func claim(_ id: String) -> Claim? { claimsByID[id] }

    /// The place of a visible piece of evidence in ``evidence``.
    func evidencePlace(_ id: String) -> Int? { evidencePlaces[id] }

    /// The visible claims located in paragraph `number`, in model order.
    func claims(inParagraph number: Int) -> [Claim] { claimsByParagraph[number] ?? [] }

    /// The visible claims located in any of these paragraphs, in model order.
    func claims(inParagraphs numbers: ClosedRange<Int>) -> [Claim] {
        let found = numbers.flatMap { claims(inParagraph: $0) }
        return found.sorted { (claimOrder[$0.id] ?? 0) < (claimOrder[$1.id] ?? 0) }
    }

    /// A generator for one item, derived from the base seed and the item's id.
    func random(for itemID: String) -> SplitMix64 {
        SplitMix64(seed: seed, purpose: itemID)
    }

    /// How a quiz names a speaker: `the author` (or the author's name), a person's name, or, for
    /// someone the article does not name, its own words for them ("a top US Air Force general");
    /// `nil` when it gives none.
    func speaker(_ id: String) -> String? {
        if id == "author" { return model.metadata.author ?? "the author" }
        guard let person = model.person(id) else { return nil }
        if QuizContext.isNamed(person) { return person.name }
        return person.describedAs
    }

    /// The claim in the audience's wording (the plain one when preferred).
    func wording(_ claim: Claim) -> String {
        // Asked for every candidate of every "which claim…?" item: worked out once per claim.
        if let known = wordingCache[claim.id] { return known }
        let wording = TextNormal.clause(claim.wording(preferPlain: audience.preferPlain))
        wordingCache[claim.id] = wording
        return wording
    }

    /// The sentences of claims and evidence (visible ones, in model order) that a "which sentence
    /// supports…?" part may quote: whole sentences, or cut ones long enough to read (60 characters).
    lazy var quotableSentences: [(id: String, passage: Passage)] = {
        let items: [any Excerpted] = claims as [any Excerpted] + evidence
        return items.compactMap { item in
            guard let passage = passage(for: item, limit: 220),
                  !passage.cutBefore && !passage.cutAfter || passage.support.text.count >= 60 else { return nil }
            return (item.id, passage)
        }
    }()

    /// The wrong answers of "which claim…?" items (see ``ClaimPool``), worked out on first use.
    lazy var claimPool = ClaimPool(self)

    /// The claim's wording as a wrong option, with its length.
    func candidate(_ claim: Claim) -> Distractors.Candidate { Distractors.Candidate(wording(claim)) }

    /// Each claim's wording, by id, as ``wording(_:)`` has worked it out so far.
    private var wordingCache: [String: String] = [:]
    /// Each item's passage, by id and limit, as ``passage(for:limit:)`` has found it so far.
    private var passageCache: [PassageKey: Passage?] = [:]

    private struct PassageKey: Hashable {
        let id: String
        let limit: Int
    }

    /// Both wordings of a claim, for judging an option against it.
    static func wordings(_ claim: Claim) -> [String] {
        [claim.text] + (claim.plain.map { [$0] } ?? [])
    }

    /// The article's own words about a person (`described_as`, as printed), with their paragraph.
    func description(of person: Entity) -> SupportingExcerpt? {
        guard let location = person.describedAsLocation, let text = model.words(at: location) else { return nil }
        return SupportingExcerpt(paragraph: location.paragraph, text: text)
    }

    /// The words to quote for an item (see ``ArticlePassages/passage(at:limit:)``), never reaching into
    /// the excerpt of an item this audience does not see: then only the item's own excerpt, or
    /// nothing when that too touches a hidden one.
    func passage(for item: some Excerpted, limit: Int = 220) -> Passage? {
        let key = PassageKey(id: item.id, limit: limit)
        if let known = passageCache[key] { return known }
        let found = findPassage(for: item, limit: limit)
        passageCache[key] = found
        return found
    }

    private func findPassage(for item: some Excerpted, limit: Int) -> Passage? {
        guard let location = item.location, let passage = passages.passage(at: location, limit: limit) else { return nil }
        if !touchesHidden(passage, except: item.id) { return passage }
        guard let own = support(item) else { return nil }
        let alone = Passage(support: own, offset: location.offset, cutBefore: true, cutAfter: true)
        return touchesHidden(alone, except: item.id) ? nil : alone
    }

    /// True when the words overlap the excerpt of an item this audience does not see.
    private func touchesHidden(_ words: Passage, except id: String) -> Bool {
        guard let here = hiddenSpans[words.support.paragraph] else { return false }
        let span = words.range
        return here.contains { $0.id != id && span.overlaps($0.span) }
    }

    /// The exact words of an excerpted item, or `nil` when it is not located.
    func support(_ item: some Excerpted) -> SupportingExcerpt? { model.support(for: item) }
}

extension QuizContext {
    /// How a stem presents a claim: the article's own sentence in quotation marks when that
    /// sentence makes this claim and no other and is short enough to read; otherwise the claim in
    /// the editor's words, without quotation marks and marked "(paraphrased)". With the passage quoted.
    func statement(of claim: Claim) -> (text: String, passage: Passage?) {
        let who = claim.assertedBy == "author" ? "\(genre.author) \(genre.writes)" : "the article reports"
        let paragraph = claim.location.map { "¶\($0.paragraph)" } ?? "the article"
        if let passage = passage(for: claim, limit: 240),
           !passage.cutBefore, !passage.cutAfter, makesOnlyThisClaim(claim, passage) {
            return ("In \(paragraph) \(who): \(passage.sentence)", passage)
        }
        let said = claim.assertedBy == "author" ? "\(genre.author) says" : "the article reports"
        return ("In \(paragraph) \(said) (paraphrased): \(wording(claim)).", nil)
    }

    /// True when no other claim of the model stands in the passage's sentence.
    private func makesOnlyThisClaim(_ claim: Claim, _ passage: Passage) -> Bool {
        let span = passage.range
        return !(claimSpans[passage.support.paragraph] ?? []).contains { $0.id != claim.id && span.overlaps($0.span) }
    }
}
