import PacketModel

/// What the generators may draw on for one audience: the model with the items the audience's
/// sensitivity setting hides already taken out, the base seed and the options per item.
struct QuizContext {
    /// The whole model: names and the truth of distractors are judged against all of it.
    let model: ArticleModel
    let audience: Audience
    let seed: UInt64
    /// Options per multiple-choice item (3…5).
    let optionCount: Int

    let claims: [Claim]
    let evidence: [Evidence]
    let statistics: [Statistic]
    let quotes: [Quote]
    /// Events the article dates, each with the date as precisely as the article gives it.
    let events: [TimelineEvent]
    let vocabulary: [VocabularyTerm]
    /// People the article names, in a paragraph it locates (so an item about them can cite it).
    let people: [Entity]
    /// Authored prompts whose related items are all visible to the audience.
    let questions: [AuthoredQuestion]

    init(model: ArticleModel, audience: Audience, seed: UInt64) {
        self.model = model
        self.audience = audience
        self.seed = seed
        optionCount = min(5, max(3, audience.quiz.options))
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
        people = model.people.filter { !$0.paragraphs.isEmpty && QuizContext.isNamed($0) }
        var hidden: Set<String> = []
        let tagged: [any Excerpted] = model.allClaims + model.evidence + model.statistics + model.quotes
            + model.events + model.vocabulary
        for item in tagged where sensitivity.hides(item) { hidden.insert(item.id) }
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
        quotes.compactMap { q in people.first { $0.id == q.speaker }?.name }
    }

    /// A generator for one item, derived from the base seed and the item's id.
    func random(for itemID: String) -> SplitMix64 {
        SplitMix64(seed: seed, purpose: itemID)
    }

    /// The name to show for a person id (or `the author`).
    func name(_ id: String) -> String { model.displayName(for: id) }

    /// The sentence of paragraph `number` that mentions one of `names`, or the first name when the
    /// paragraph text is not known: the excerpt of an item about a person.
    func sentence(in number: Int, mentioning names: [String]) -> String {
        guard let paragraph = model.paragraphs.first(where: { $0.number == number }) else {
            return names.first ?? ""
        }
        let sentences = SentenceSplitter.sentences(paragraph.text)
        return sentences.first { s in names.contains { s.contains($0) } } ?? names.first ?? ""
    }
}

extension QuizContext {
    /// Where the article first names a person: the paragraph and the sentence that names them.
    func citation(for person: Entity) -> (paragraph: Int?, excerpt: String) {
        guard let first = person.paragraphs.min() else { return (nil, person.name) }
        return (first, sentence(in: first, mentioning: person.allNames))
    }
}
