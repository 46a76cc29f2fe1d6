import PacketModel

/// A small invented article (a town's flood barrier) with every kind of model item the quiz uses.
enum FixtureArticle {
    static let paragraphTexts = [
        "Riverton finished its flood barrier in November 2023, eight years after the March 2015 flood put 40% of the town under water. Two people drowned that spring.",
        "Mayor Ana Ruiz said: “We will never again leave the lower town to the river.” The council approved the plan in 2018, council planner Lee Chen recalled, and building began on June 1, 2020.",
        "Engineer Tom Becker warned that “a wall is only as good as its maintenance budget.” The barrier stands 3 metres high along a levee that protects 12,000 people.",
        "The economist Priya Nair argued that “insurance prices will fall within five years.” A regional study found that premiums fell 15% in towns with similar defences.",
        "Several hundred homes in the floodplain were retrofitted. In February 2024 a storm surge tested the wall, and the lower town stayed dry.",
        "The barrier is a good use of public money. Riverton will face bigger floods as the climate warms, and the town should start planning the next defence now.",
    ]

    static var paragraphs: [Paragraph] {
        paragraphTexts.enumerated().map { Paragraph(number: $0.offset + 1, line: $0.offset * 2 + 3, text: $0.element) }
    }

    /// Where `excerpt` stands, as the validator would compute it.
    static func location(of excerpt: String) -> Location? {
        for p in paragraphs {
            if let range = p.text.range(of: excerpt) {
                return Location(paragraph: p.number, offset: p.text.distance(from: p.text.startIndex, to: range.lowerBound),
                                length: excerpt.count)
            }
        }
        return nil
    }

    static func located<T: Excerpted>(_ item: T) -> T {
        var copy = item
        copy.location = location(of: item.excerpt)
        return copy
    }

    static let thesis = located(Claim(id: "thesis", text: "Riverton will need stronger defences as floods grow.",
                                      kind: .prediction, excerpt: "Riverton will face bigger floods as the climate warms"))
    static let claims = [
        located(Claim(id: "c-finished", text: "Riverton finished its flood barrier in 2023.", kind: .fact,
                      excerpt: "Riverton finished its flood barrier in November 2023")),
        located(Claim(id: "c-good-use", text: "The barrier is a good use of public money.", kind: .opinion,
                      excerpt: "The barrier is a good use of public money")),
        located(Claim(id: "c-premiums", text: "Insurance prices will fall within five years.", kind: .prediction,
                      assertedBy: "nair", excerpt: "insurance prices will fall within five years")),
        located(Claim(id: "c-plan-next", text: "The town should start planning the next defence now.", kind: .policy,
                      excerpt: "the town should start planning the next defence now")),
        located(Claim(id: "c-drowned", text: "Two people drowned in the 2015 flood.", kind: .fact,
                      excerpt: "Two people drowned that spring", sensitive: ["casualties"])),
    ]
    static let evidence = [
        located(Evidence(id: "e-dry", type: .example, summary: "The lower town stayed dry in the February 2024 storm.",
                         supports: ["c-good-use"], assessment: "One storm is a single test.",
                         excerpt: "the lower town stayed dry")),
        located(Evidence(id: "e-study", type: .study, summary: "Premiums fell 15% in towns with similar defences.",
                         supports: ["c-premiums"], assessment: "Other towns may differ.", statistic: "s-premiums",
                         excerpt: "premiums fell 15% in towns with similar defences")),
        located(Evidence(id: "e-people", type: .statistic, summary: "The levee protects 12,000 people.",
                         supports: ["c-good-use"], assessment: "Shows the scale of benefit.", statistic: "s-protected",
                         excerpt: "protects 12,000 people")),
        located(Evidence(id: "e-flood", type: .statistic, summary: "The 2015 flood put 40% of the town under water.",
                         supports: ["thesis"], assessment: "Past floods suggest future risk.", statistic: "s-flooded",
                         excerpt: "put 40% of the town under water")),
    ]
    static let statistics = [
        located(Statistic(id: "s-flooded", value: .exact(40), unit: "percent", asWritten: "40%",
                          measures: "share of the town under water in the 2015 flood", excerpt: "40% of the town under water")),
        located(Statistic(id: "s-premiums", value: .exact(15), unit: "percent", asWritten: "15%",
                          measures: "fall in insurance premiums in towns with similar defences",
                          caveat: "A regional study, not Riverton itself.", excerpt: "premiums fell 15%")),
        located(Statistic(id: "s-protected", value: .exact(12_000), unit: "people", asWritten: "12,000",
                          measures: "number of people the levee protects", excerpt: "protects 12,000 people")),
        located(Statistic(id: "s-height", value: .exact(3), unit: "metres", asWritten: "3 metres",
                          measures: "height of the barrier", excerpt: "stands 3 metres high")),
        located(Statistic(id: "s-homes", value: .range(min: 200, max: 900), unit: "homes", asWritten: "several hundred",
                          approximate: true, measures: "number of homes retrofitted", excerpt: "Several hundred homes")),
        located(Statistic(id: "s-drowned", value: .exact(2), unit: "people", asWritten: "Two",
                          measures: "number of people who drowned in 2015", excerpt: "Two people drowned",
                          sensitive: ["casualties"])),
    ]
    static let quotes = [
        located(Quote(id: "q-ruiz", text: "We will never again leave the lower town to the river.", speaker: "ruiz",
                      role: "mayor", excerpt: "We will never again leave the lower town to the river")),
        located(Quote(id: "q-becker", text: "a wall is only as good as its maintenance budget", speaker: "becker",
                      excerpt: "a wall is only as good as its maintenance budget")),
        located(Quote(id: "q-nair", text: "insurance prices will fall within five years", speaker: "nair",
                      excerpt: "insurance prices will fall within five years")),
    ]
    static let events = [
        located(TimelineEvent(id: "ev-flood", date: PartialDate(iso: "2015-03")!, description: "A flood puts much of Riverton under water.",
                              excerpt: "the March 2015 flood")),
        located(TimelineEvent(id: "ev-plan", date: PartialDate(iso: "2018")!, description: "The council approves the barrier plan.",
                              excerpt: "The council approved the plan in 2018")),
        located(TimelineEvent(id: "ev-build", date: PartialDate(iso: "2020-06-01")!, description: "Building of the barrier begins.",
                              excerpt: "building began on June 1, 2020")),
        located(TimelineEvent(id: "ev-done", date: PartialDate(iso: "2023-11")!, description: "The barrier is finished.",
                              excerpt: "finished its flood barrier in November 2023")),
        located(TimelineEvent(id: "ev-storm", date: PartialDate(iso: "2024-02")!, description: "A storm surge tests the wall.",
                              excerpt: "In February 2024 a storm surge tested the wall")),
    ]
    static let vocabulary = [
        located(VocabularyTerm(id: "v-levee", term: "levee", definition: "A raised bank that keeps a river from flooding land.",
                               partOfSpeech: "noun", tier: 3)),
        located(VocabularyTerm(id: "v-floodplain", term: "floodplain", definition: "Flat land beside a river that floods easily.",
                               partOfSpeech: "noun", tier: 3)),
        located(VocabularyTerm(id: "v-surge", term: "storm surge", definition: "A rise in sea or river level pushed by a storm.",
                               partOfSpeech: "noun", tier: 3)),
        located(VocabularyTerm(id: "v-retrofit", term: "retrofitted", definition: "Changed after being built, to add something new.",
                               partOfSpeech: "verb", tier: 2)),
        located(VocabularyTerm(id: "v-premium", term: "premiums", definition: "What people pay each year for insurance.",
                               partOfSpeech: "noun", tier: 2)),
    ]
    /// A person the article describes in the words `describedAs` (located as the validator would).
    static func person(_ id: String, _ name: String, aliases: [String] = [], role: String, describedAs: String,
                       paragraphs: [Int]) -> Entity {
        Entity(id: id, kind: .person, name: name, aliases: aliases, role: role, describedAs: describedAs,
               describedAsLocation: location(of: describedAs), paragraphs: paragraphs)
    }

    static let people = [
        person("ruiz", "Ana Ruiz", aliases: ["Ruiz"], role: "mayor of Riverton since 2016", describedAs: "Mayor", paragraphs: [2]),
        person("becker", "Tom Becker", aliases: ["Becker"], role: "engineer on the barrier", describedAs: "Engineer", paragraphs: [3]),
        person("nair", "Priya Nair", aliases: ["Nair"], role: "economist at the state university", describedAs: "The economist",
               paragraphs: [4]),
        person("chen", "Lee Chen", role: "council planner", describedAs: "council planner", paragraphs: [2]),
    ]
    static let craft = [
        located(CraftNote(id: "k-never", words: "never again", device: .booster,
                          effect: "It makes a promise sound absolutely certain.",
                          excerpt: "We will never again leave the lower town to the river")),
        located(CraftNote(id: "k-good-use", words: "a good use of public money", device: .loadedWord,
                          effect: "It frames the spending as plainly worthwhile.", neutral: "worth its cost",
                          excerpt: "The barrier is a good use of public money")),
        located(CraftNote(id: "k-similar", words: "similar", device: .hedge,
                          effect: "It limits the comparison to towns like Riverton.",
                          excerpt: "premiums fell 15% in towns with similar defences")),
    ]
    static let question = AuthoredQuestion(
        id: "dq-worth", kind: .essay, prompt: "Was the barrier worth its cost? Use two pieces of evidence from the article.",
        bloom: .evaluate,
        rubric: [RubricCriterion(criterion: "Uses evidence", points: 4, description: "Cites two paragraphs."),
                 RubricCriterion(criterion: "Takes a position", points: 2, description: "States a clear view.")],
        related: ["c-good-use"])

    static var model: ArticleModel {
        ArticleModel(
            id: "riverton-barrier",
            metadata: Metadata(title: "Riverton's wall holds", outlet: "Test Gazette", author: "Sam Writer", genre: .opinion,
                               published: PublicationDate(date: PartialDate(iso: "2024-03")!)),
            summary: "Riverton built a flood barrier; the writer argues it was worth it and more is needed.",
            thesis: thesis, claims: claims,
            relations: [Relation(from: "c-good-use", to: "thesis", type: .supports)],
            evidence: evidence, statistics: statistics, quotes: quotes, people: people, events: events,
            vocabulary: vocabulary, craft: craft, questions: [question], paragraphs: paragraphs)
    }

    /// An audience with the default quiz settings (every type, 15 items, 4 options, 2 forms).
    static func audience(quiz: QuizSettings = QuizSettings(), hide: [String] = []) -> Audience {
        Audience(name: "test", displayName: "Test", description: "Test readers", readingLevel: 8...10,
                 sensitivity: Sensitivity(hide: hide), quiz: quiz)
    }
}
