import PacketModel

/// Builds a synthetic article paragraph by paragraph, adding to the model the items each
/// paragraph states, with excerpts copied from the paragraph (see ``SyntheticArticle``).
struct SyntheticDraft {
    let index: Int
    let id: String
    private var random: SplitMix64
    private let region: String
    private let title: String
    private var paragraphs: [String] = []
    private(set) var byteCount = 0
    private var thesis: Claim?
    private var claims: [Claim] = []
    private var relations: [Relation] = []
    private var evidence: [Evidence] = []
    private var statistics: [Statistic] = []
    private var quotes: [Quote] = []
    private var people: [Entity] = []
    private var places: [Entity] = []
    private var organizations: [String: Entity] = [:]
    private var events: [TimelineEvent] = []
    private var vocabulary: [VocabularyTerm] = []

    init(index: Int) {
        self.index = index
        id = "synthetic-\(index)"
        random = SplitMix64(seed: 0x5EED_0000 &+ UInt64(index))
        region = SyntheticNames.town(1_000_000 + index)
        title = "\(region) weighs the cost of its package works plan"
        byteCount = title.utf8.count + 2
    }

    /// The town only paragraph `p` of this article names.
    private func town(_ p: Int) -> String { SyntheticNames.town(index &* 7_919 &+ p) }

    mutating func addParagraph(_ p: Int) {
        let t = town(p)
        let topic = SyntheticNames.topics[random.below(SyntheticNames.topics.count)]
        let text: String
        if p == 0 {
            text = thesisParagraph(t)
        } else {
            switch (p - 1) % 5 {
            case 0: text = supportParagraph(p, t, topic)
            case 1: text = quoteParagraph(p, t, topic)
            case 2: text = eventParagraph(p, t, topic)
            case 3: text = counterParagraph(p, t, topic)
            default: text = vocabularyParagraph(p, t, topic)
            }
        }
        paragraphs.append(text)
        byteCount += text.utf8.count + 2
        places.append(Entity(id: "town-\(p)", kind: .place, name: t, role: "a town in \(region)"))
    }

    private mutating func thesisParagraph(_ t: String) -> String {
        thesis = Claim(id: "thesis", text: "\(region) should finish its package works plan despite the cost.",
                       plain: "\(region) should finish the plan even though it costs a lot.", kind: .policy,
                       excerpt: "This report argues that \(region) should finish its package works plan")
        return "This report argues that \(region) should finish its package works plan, even though the bill "
            + "keeps growing in towns such as \(t)."
    }

    private mutating func supportParagraph(_ p: Int, _ t: String, _ topic: String) -> String {
        let effect = SyntheticNames.effects[random.below(SyntheticNames.effects.count)]
        let share = 5 + random.below(90)
        let org = organization(SyntheticNames.organizations[random.below(SyntheticNames.organizations.count)])
        claims.append(Claim(id: "c\(p)", text: "The \(topic) plan will \(effect) in \(t).", kind: .prediction,
                            excerpt: "Leaders in \(t) argue that the \(topic) plan will \(effect)"))
        relations.append(Relation(from: "c\(p)", to: "thesis", type: .supports))
        statistics.append(Statistic(id: "s\(p)", value: .exact(Double(share)), unit: "percent", asWritten: "\(share) percent",
                                    measures: "share of households in \(t) that depend on the old \(topic)",
                                    place: t, source: org.name,
                                    excerpt: "\(share) percent of households in \(t) already depend"))
        evidence.append(Evidence(id: "e\(p)", type: .statistic,
                                 summary: "\(share) percent of households in \(t) depend on the old \(topic).",
                                 supports: ["c\(p)"], assessment: "Relevant to the need; says nothing about cost.",
                                 statistic: "s\(p)",
                                 excerpt: "households in \(t) already depend on the old \(topic), according to the \(org.name)"))
        return "Leaders in \(t) argue that the \(topic) plan will \(effect). About \(share) percent of households in "
            + "\(t) already depend on the old \(topic), according to the \(org.name)."
    }

    private mutating func quoteParagraph(_ p: Int, _ t: String, _ topic: String) -> String {
        let k = quotes.count
        let speaker: Entity
        if k < SyntheticNames.surnames.count {
            let first = SyntheticNames.firstNames[(k + index) % SyntheticNames.firstNames.count]
            let last = SyntheticNames.surnames[(3 * k + index) % SyntheticNames.surnames.count]
            speaker = Entity(id: "person-\(k)", kind: .person, name: "\(first) \(last)", aliases: [last],
                             role: "\(SyntheticNames.roles[random.below(SyntheticNames.roles.count)]) in \(t)")
            people.append(speaker)
        } else {
            speaker = people[k % people.count]
        }
        let surname = speaker.aliases.first ?? speaker.name
        let signed = 20 + random.below(4_000)
        let words = "We cannot wait another year for the \(topic) in \(t)"
        quotes.append(Quote(id: "q\(p)", text: words, speaker: speaker.id, role: speaker.role, mode: .direct,
                            context: "Speaking at a package meeting", excerpt: words))
        statistics.append(Statistic(id: "s\(p)", value: .exact(Double(signed)), unit: "people",
                                    asWritten: "\(signed) residents", measures: "residents of \(t) who signed a petition",
                                    place: t, excerpt: "\(signed) residents of \(t) had signed"))
        evidence.append(Evidence(id: "e\(p)", type: .quote, summary: "A resident of \(t) asks for the \(topic) now.",
                                 supports: ["thesis"], assessment: "Shows demand; one voice only.", quote: "q\(p)",
                                 excerpt: "wait another year for the \(topic) in \(t)"))
        return "“\(words),” said \(speaker.name), a \(speaker.role). \(surname) added that \(signed) residents of \(t) "
            + "had signed a petition."
    }

    private mutating func eventParagraph(_ p: Int, _ t: String, _ topic: String) -> String {
        let year = 1990 + (p * 7 + index) % 30
        let month = 1 + random.below(12)
        let day = 1 + random.below(28)
        let millions = 2 + random.below(400)
        if let date = PartialDate(year: year, month: month, day: day) {
            events.append(TimelineEvent(id: "ev\(p)", date: date, description: "The council of \(t) approves a \(topic) budget.",
                                        places: ["town-\(p)"], excerpt: "the council of \(t) approved a \(topic) budget"))
        }
        statistics.append(Statistic(id: "s\(p)", value: .exact(Double(millions)), unit: "million dollars",
                                    asWritten: "\(millions) million dollars", measures: "\(topic) budget approved in \(t)",
                                    place: t, excerpt: "\(t) approved a \(topic) budget of \(millions) million dollars"))
        claims.append(Claim(id: "c\(p)", text: "\(t) approved money for a \(topic).", kind: .fact,
                            excerpt: "\(t) approved a \(topic) budget of \(millions) million"))
        relations.append(Relation(from: "c\(p)", to: "thesis", type: .supports))
        return "On \(SyntheticNames.months[month - 1]) \(day), \(year), the council of \(t) approved a \(topic) budget "
            + "of \(millions) million dollars."
    }

    private mutating func counterParagraph(_ p: Int, _ t: String, _ topic: String) -> String {
        let fall = 2 + random.below(60)
        let org = organization(SyntheticNames.organizations[random.below(SyntheticNames.organizations.count)])
        claims.append(Claim(id: "c\(p)", text: "The \(topic) plan costs too much for \(t).", kind: .opinion,
                            excerpt: "Critics in \(t) say the \(topic) plan costs too much"))
        relations.append(Relation(from: "c\(p)", to: "thesis", type: .attacks))
        claims.append(Claim(id: "r\(p)", text: "Similar projects cut costs in \(t).", kind: .fact,
                            excerpt: "found that costs in \(t) fell by \(fall) percent"))
        relations.append(Relation(from: "r\(p)", to: "c\(p)", type: .rebuts))
        statistics.append(Statistic(id: "s\(p)", value: .exact(Double(fall)), unit: "percent", asWritten: "\(fall) percent",
                                    measures: "fall in costs in \(t) after similar projects", place: t, source: org.name,
                                    excerpt: "costs in \(t) fell by \(fall) percent"))
        return "Critics in \(t) say the \(topic) plan costs too much and will never be finished. Yet the \(org.name) "
            + "found that costs in \(t) fell by \(fall) percent after similar projects."
    }

    private mutating func vocabularyParagraph(_ p: Int, _ t: String, _ topic: String) -> String {
        guard vocabulary.count < SyntheticNames.terms.count else {
            return "Residents of \(t) met twice to discuss the \(topic) and what it would cost them."
        }
        let term = SyntheticNames.terms[vocabulary.count]
        vocabulary.append(VocabularyTerm(id: "v-\(term.term)", term: term.term, definition: term.definition,
                                         partOfSpeech: term.partOfSpeech, tier: 3))
        return "In \(t), the word \(term.term) comes up at every meeting about the \(topic)."
    }

    private mutating func organization(_ name: String) -> Entity {
        if let known = organizations[name] { return known }
        let entity = Entity(id: "org-\(organizations.count)", kind: .organization, name: name,
                            role: "a research group that publishes figures on \(region)")
        organizations[name] = entity
        return entity
    }

    /// Every synthetic article was published on 1 May 2021.
    private static let published: PartialDate = {
        guard let date = PartialDate(year: 2021, month: 5, day: 1) else { preconditionFailure("a valid date") }
        return date
    }()

    var articleText: String { title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n" }

    var model: ArticleModel {
        let metadata = Metadata(title: title, outlet: "The Synthetic Courier", author: "Ada Writer", genre: .opinion,
                                published: PublicationDate(date: Self.published), tags: ["package works"],
                                advisory: ContentAdvisory(level: .none))
        let rubric = [RubricCriterion(criterion: "Uses evidence", points: 4, description: "Cites two paragraphs."),
                      RubricCriterion(criterion: "Weighs the other side", points: 4, description: "Answers a critic.")]
        let questions = [
            AuthoredQuestion(id: "dq1", kind: .discussion, prompt: "Should \(region) finish its plan? Use two paragraphs.",
                             bloom: .evaluate, rubric: rubric, related: ["thesis"]),
            AuthoredQuestion(id: "eq1", kind: .essay, prompt: "Weigh the strongest objection to the plan against the evidence.",
                             bloom: .evaluate, rubric: rubric, related: ["thesis"]),
        ]
        return ArticleModel(
            id: id, metadata: metadata, layout: TextLayout(title: [1]),
            summary: "The author argues that \(region) should finish its package works plan, citing demand and past savings.",
            plainSummary: "The writer thinks \(region) should finish building, even though it costs a lot.",
            thesis: thesis ?? Claim(id: "thesis", text: "", kind: .policy, excerpt: ""),
            claims: claims, relations: relations, evidence: evidence, statistics: statistics, quotes: quotes,
            people: people, organizations: organizations.values.sorted { $0.id < $1.id }, places: places,
            events: events, vocabulary: vocabulary, questions: questions,
            implications: ["Other regions will watch what \(region) decides."],
            watchFor: ["The next budget vote in \(region)."])
    }
}
