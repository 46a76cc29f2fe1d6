import PacketModel

/// A hand-built model of the seed article (the YAML loader is written elsewhere), plus a lean
/// model with no statistics, events or evidence.
enum ArticleFixture {
    static func loc(_ p: Int) -> Location { Location(paragraph: p, offset: 0, length: 10) }
    static func date(_ iso: String) -> PartialDate { PartialDate(iso: iso) ?? PartialDate(year: 2017)! }

    static let full = ArticleModel(
        id: "isis-after-mosul",
        metadata: Metadata(
            title: "ISIS won’t be defeated after liberating Mosul. And it won’t be defeated after Raqqa, either",
            dek: "“All jihadist groups need today is a decent presence on social media.”",
            outlet: "Quartz", author: "Daniel R. DePetris", genre: .analysis,
            published: PublicationDate(date: date("2017-07"), inferred: true,
                                       note: "The text mentions the liberation of Mosul on July 9 as recent."),
            tags: ["ISIS", "Iraq", "terrorism"],
            advisory: ContentAdvisory(level: .moderate, topics: ["terrorism", "war"],
                                      teacherNote: "Mentions attacks on civilians; no graphic detail."),
            sourceNote: "Author and outlet from the original page."),
        summary: "Losing Mosul and Raqqa ends ISIS's state, but not the group: it can still inspire attacks online.",
        plainSummary: "ISIS lost its cities, but it can still cause harm through the internet.",
        thesis: Claim(id: "thesis", text: "Taking back Mosul and Raqqa will not defeat ISIS as a terrorist movement.",
                      plain: "Winning back the cities will not end ISIS.", kind: .prediction,
                      excerpt: "ISIS won’t be defeated", teacherNote: "The headline states the thesis.", location: loc(3)),
        claims: [
            Claim(id: "c1", text: "ISIS's state-building project is largely over.", kind: .fact, hedge: "largely",
                  excerpt: "state building project is largely over", location: loc(2)),
            Claim(id: "c2", text: "Online propaganda lets ISIS inspire attacks without territory.", kind: .fact,
                  excerpt: "a decent presence on social media", location: loc(5)),
            Claim(id: "c3", text: "Leaders should not declare victory too early.", kind: .policy,
                  excerpt: "a note of caution is in order", location: loc(2)),
            Claim(id: "c4", text: "Some argue that without territory ISIS loses its appeal.", kind: .opinion,
                  assertedBy: "nagata", excerpt: "We have to conclude", location: loc(2)),
            Claim(id: "c5", text: "Al-Qaeda survived the loss of its bases for years.", kind: .fact,
                  excerpt: "al-Qaeda", location: loc(6)),
            Claim(id: "c6", text: "Defeating an idea matters more than retaking land.", kind: .value,
                  excerpt: "idea", location: loc(7)),
        ],
        relations: [
            Relation(from: "c2", to: "thesis", type: .supports),
            Relation(from: "c3", to: "thesis", type: .supports),
            Relation(from: "c4", to: "thesis", type: .attacks),
            Relation(from: "c5", to: "c4", type: .rebuts),
            Relation(from: "c6", to: "c3", type: .supports),
            Relation(from: "e1", to: "c2", type: .supports),
        ],
        evidence: [
            Evidence(id: "e1", type: .statistic, summary: "18% of attacks in Europe and the US were carried out by foreign fighters.",
                     supports: ["c2"], assessment: "Relevant, but the share says little about online inspiration directly.",
                     statistic: "s1", excerpt: "18 percent", location: loc(5)),
            Evidence(id: "e2", type: .expert, summary: "A senior general says the scale of ISIS's strength is not yet understood.",
                     supports: ["thesis"], assessment: "Authoritative but vague.", quote: "q1",
                     excerpt: "We have to conclude", location: loc(2)),
            Evidence(id: "e3", type: .example, summary: "Al-Qaeda kept attacking after losing Afghanistan.",
                     supports: ["c5"], assessment: "A fair analogy; the groups differ.", excerpt: "al-Qaeda", location: loc(6)),
        ],
        statistics: [
            Statistic(id: "s1", value: .exact(18), unit: "percent", asWritten: "18%", measures: "share of attacks carried out by a foreign fighter",
                      population: "attacks in Europe and the US", period: Period(start: date("2014-06"), end: date("2017-06")),
                      source: "George Washington University Program on Extremism", caveat: "Counts attackers, not plots.",
                      teacherNote: "Check the report for the definition of foreign fighter.", excerpt: "18 percent", location: loc(5)),
            Statistic(id: "s2", value: .exact(73.5), unit: "percent", asWritten: "nearly three quarters", approximate: true,
                      measures: "share of attackers who were citizens of the country attacked", excerpt: "citizens", location: loc(5)),
            Statistic(id: "s3", value: .range(min: 200, max: 900), unit: "people", asWritten: "several hundred", approximate: true,
                      measures: "ISIS fighters who swept into northern Iraq in 2014", period: Period(start: date("2014-06")),
                      excerpt: "several hundred Islamic State fighters", location: loc(1)),
            Statistic(id: "s4", value: .range(min: 2000, max: nil), unit: "people", asWritten: "thousands", approximate: true,
                      measures: "Iraqi soldiers who retreated", excerpt: "thousands of Iraqi soldiers", location: loc(1)),
            Statistic(id: "s5", value: .exact(12500), unit: "people", asWritten: "12,500",
                      measures: "foreign fighters estimated to have joined ISIS", excerpt: "12,500", location: loc(4)),
        ],
        quotes: [
            Quote(id: "q1", text: "We have to conclude that we do not yet fully appreciate the scale or strength", speaker: "nagata",
                  role: "Director, National Counterterrorism Center", context: "Interview with a West Point journal",
                  teacherNote: "The article quotes only part of the sentence.", excerpt: "We have to conclude", location: loc(2)),
            Quote(id: "q2", text: "like Stalingrad, but…ten times worse", speaker: "general", mode: .direct,
                  excerpt: "like Stalingrad", location: loc(1)),
        ],
        people: [
            Entity(id: "nagata", kind: .person, name: "Michael Nagata", aliases: ["Nagata"], role: "US Army lieutenant general",
                   stance: "cautious about declaring victory", paragraphs: [2]),
            Entity(id: "abadi", kind: .person, name: "Haider al-Abadi", aliases: ["Abadi"], role: "Prime minister of Iraq",
                   teacherNote: "Prime minister 2014–2018.", paragraphs: [1, 2]),
            Entity(id: "general", kind: .person, name: "a top US Air Force general", role: "US Air Force general (unnamed)", paragraphs: [1]),
        ],
        organizations: [
            Entity(id: "isis", kind: .organization, name: "Islamic State", aliases: ["ISIS"], role: "Jihadist group", paragraphs: [1, 2, 3, 5]),
        ],
        places: [
            Entity(id: "mosul", kind: .place, name: "Mosul", role: "Iraq's second largest city", paragraphs: [1, 3]),
            Entity(id: "raqqa", kind: .place, name: "Raqqa", role: "ISIS's de facto capital in Syria", paragraphs: [3]),
        ],
        events: [
            TimelineEvent(id: "t3", date: date("2017-07-09"), description: "Iraqi forces declare Mosul liberated.", people: ["abadi"],
                          places: ["mosul"], excerpt: "liberated on July 9", location: loc(1)),
            TimelineEvent(id: "t1", date: date("2014-06"), description: "ISIS fighters capture Mosul.", places: ["mosul"],
                          excerpt: "Three years after", location: loc(1)),
            TimelineEvent(id: "t2", date: date("2016-10"), description: "The battle for Mosul begins.", places: ["mosul"],
                          basis: .resolved, phrase: "nine months of the most anguished urban fighting", excerpt: "nine months", location: loc(1)),
            TimelineEvent(id: "t4", date: date("2017"), description: "The fight for Raqqa goes on.", places: ["raqqa"],
                          teacherNote: "Raqqa fell in October 2017, after publication.", excerpt: "Raqqa", location: loc(3)),
            TimelineEvent(id: "t5", date: date("2017-06-01"), description: "Nagata speaks to a West Point journal.", people: ["nagata"],
                          basis: .resolved, phrase: "last month", excerpt: "last month", location: loc(2)),
        ],
        vocabulary: [
            VocabularyTerm(id: "v1", term: "caliphate", definition: "A state ruled by a leader who claims religious authority over all Muslims.",
                           partOfSpeech: "noun", tier: 3, location: loc(1)),
            VocabularyTerm(id: "v2", term: "annihilated", definition: "Destroyed completely.", partOfSpeech: "verb", tier: 2, location: loc(2)),
            VocabularyTerm(id: "v3", term: "recoup", definition: "Get back something lost.", partOfSpeech: "verb", tier: 2, location: loc(3)),
        ],
        paragraphs: (1...7).map { Paragraph(number: $0, line: 6 + 2 * $0, text: "Paragraph \($0).") })

    /// A valid model with nothing to chart: no statistics, no events, no evidence, no quotes.
    static let lean = ArticleModel(
        id: "lean", metadata: Metadata(title: "A short opinion piece", outlet: "The Example Post", genre: .opinion,
                                        published: PublicationDate(date: date("2020-03-04"))),
        summary: "A short piece with one claim.",
        thesis: Claim(id: "thesis", text: "Schools should start later.", kind: .policy, excerpt: "start later", location: loc(1)),
        paragraphs: [Paragraph(number: 1, line: 3, text: "Schools should start later.")])

    static let audience = Audience(name: "high-school", displayName: "High school", description: "Grades 9–12",
                                   readingLevel: 9...12)
}
