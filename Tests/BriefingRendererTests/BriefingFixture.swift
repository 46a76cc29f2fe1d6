import PacketModel

/// A small article built in Swift, so the renderer's behaviour is tested apart from the seed.
enum BriefingFixture {
    static func at(_ paragraph: Int) -> Location { Location(paragraph: paragraph, offset: 0, length: 1) }

    static let article = ArticleModel(
        id: "town-library",
        metadata: Metadata(title: "The town library should open on Sundays", outlet: "The Courier", author: "Ana Ruiz",
                           genre: .opinion, published: PublicationDate(date: PartialDate(year: 2024, month: 3, day: 5)!),
                           advisory: ContentAdvisory(level: .mild, topics: ["a break-in"])),
        summary: "The author argues that opening the library on Sundays would serve working families, and answers the worry about cost.",
        plainSummary: "The writer wants the library open on Sundays so more families can use it.",
        thesis: Claim(id: "thesis", text: "The library should open on Sundays.", plain: "Open the library on Sundays.",
                      kind: .policy, excerpt: "should open on Sundays", location: at(1)),
        claims: [
            Claim(id: "c-families", text: "Working families cannot visit on weekdays.", plain: "Busy families can’t come on weekdays.",
                  kind: .fact, excerpt: "cannot visit on weekdays", location: at(2)),
            Claim(id: "c-cost", text: "Opening on Sundays costs too much.", kind: .opinion, assertedBy: "mayor",
                  excerpt: "costs far too much", location: at(3)),
            Claim(id: "c-volunteers", text: "Volunteers could staff Sundays at little cost.", kind: .prediction,
                  hedge: "probably", excerpt: "volunteers could staff", location: at(3)),
            Claim(id: "c-breakin", text: "A break-in last year showed how the doors can be forced.", kind: .fact,
                  excerpt: "jimmied the side door with a crowbar", sensitive: ["attack-method"], location: at(4)),
        ],
        relations: [
            Relation(from: "c-families", to: "thesis", type: .supports),
            Relation(from: "c-breakin", to: "thesis", type: .supports),
            Relation(from: "c-cost", to: "thesis", type: .attacks, note: "the budget objection"),
            Relation(from: "c-volunteers", to: "c-cost", type: .rebuts),
        ],
        evidence: [
            Evidence(id: "e-survey", type: .statistic, summary: "A survey found most families work weekdays.",
                     supports: ["c-families"], assessment: "Relevant.", statistic: "s-share", excerpt: "62% of families",
                     location: at(2)),
        ],
        statistics: [
            Statistic(id: "s-share", value: .exact(62), unit: "percent", asWritten: "62%", measures: "families who work every weekday",
                      population: "families with children", period: Period(start: PartialDate(year: 2023)), place: "the town",
                      source: "Town survey", caveat: "It does not show whether those families want Sunday hours.",
                      excerpt: "62% of families", location: at(2)),
        ],
        people: [Entity(id: "mayor", kind: .person, name: "Lee Park", aliases: ["Park"], role: "Mayor", stance: "Against Sunday hours.", paragraphs: [3])],
        events: [TimelineEvent(id: "ev-vote", date: PartialDate(year: 2024, month: 4)!, description: "The council votes on the budget.",
                               excerpt: "the April vote", location: at(5))],
        vocabulary: [VocabularyTerm(id: "v-staff", term: "staff", definition: "To provide the workers for a place.",
                                    partOfSpeech: "verb", tier: 1, location: at(3))],
        questions: [AuthoredQuestion(id: "dq", kind: .discussion, prompt: "Who gains most from Sunday hours?", bloom: .evaluate)],
        implications: ["Budgets may need a line for weekend staff."],
        watchFor: ["The April council vote."])

    static func audience(name: String = "high-school", sections: [BriefingSection] = BriefingSection.allCases,
                         preferPlain: Bool = false, hide: [String] = [], width: Int = 60,
                         readingLevel: ClosedRange<Double> = 0...30, templates: [String: TemplateSource]? = nil,
                         budget: WordBudget? = nil) throws -> Audience {
        Audience(name: name, displayName: "High school", description: "Grades 9–12", readingLevel: readingLevel,
                 lineWidth: width, briefingSections: sections, preferPlain: preferPlain, sensitivity: Sensitivity(hide: hide),
                 templates: try templates ?? RepositoryFiles.templateSources(for: "high-school"), briefingBudget: budget)
    }
}
