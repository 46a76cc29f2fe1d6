import PacketModel

/// A small hand-made packet input covering all eleven item types, with text that tries every
/// format's special characters: quotes, tabs, `<`, `&`, `]]>`, braces, `~ = # :`, a backslash
/// and non-ASCII names.
enum FixtureBank {
    /// Text that every format must carry unchanged (no tab or line break).
    static let tricky = #"Zoë Ågren said "a < b & c" {not} ~ = # : ]]> 'ok' \ done"#

    static let items: [QuizItem] = [
        QuizItem(id: "mc1", type: .multipleChoice, skill: .vocabulary, dok: 2,
                 stem: "What did \(tricky) mean?",
                 options: ["A {braced} answer", "Option ~ with = signs", "Answer #3: <b>bold</b> & more", "Zoë's ]]> answer"],
                 answer: .choice(2), explanation: "Because of \"this\" & that.", paragraph: 3,
                 excerpt: "a < b", bloom: .understand),
        QuizItem(id: "tf1", type: .trueFalse, skill: .recall, dok: 1, stem: "Ågren wrote: \"ISIS is over.\"",
                 options: ["True", "False"], answer: .choice(1),
                 explanation: "She wrote the opposite.\nSee the last line.", paragraph: 2,
                 excerpt: "x", bloom: .remember),
        QuizItem(id: "num1", type: .numeric, skill: .numbers, dok: 1, stem: "What percent of attacks had a foreign fighter?",
                 answer: .number(value: 18, tolerance: 1), explanation: "The study says 18%.", paragraph: 9,
                 excerpt: "18%", bloom: .remember),
        QuizItem(id: "match1", type: .matching, skill: .recall, dok: 1, stem: "Match each person with a role.",
                 options: ["Spokesman", "Army general", "Prime minister: Iraq"],
                 answer: .matching([MatchPair(prompt: "Nagata", match: "Army general"),
                                    MatchPair(prompt: "al-Adnani", match: "Spokesman"),
                                    MatchPair(prompt: "al-Abadi {PM}", match: "Prime minister: Iraq")]),
                 explanation: "Roles as the article gives them.", paragraph: 2, excerpt: "x", bloom: .remember),
        QuizItem(id: "ord1", type: .ordering, skill: .recall, dok: 1, stem: "Put these events in order.",
                 options: ["Mosul is liberated", "ISIS captures Mosul", "Adnani's sermon", "The Nice attack"],
                 answer: .ordering([1, 2, 3, 0]), explanation: "2014, 2014, 2016, 2017.", paragraph: 1,
                 excerpt: "x", bloom: .understand),
        QuizItem(id: "sa1", type: .shortAnswer, skill: .recall, dok: 1, stem: "Which city\twas liberated on July 9?",
                 answer: .text(accepted: ["Mosul", "the city of Mosul"]), explanation: "Paragraph 1 says so.",
                 paragraph: 1, excerpt: "x", bloom: .remember),
        QuizItem(id: "who1", type: .whoSaidIt, skill: .recall, dok: 1, stem: "Who said \"We do not yet fully appreciate the scale\"?",
                 options: ["Zoë Ågren", "Michael Nagata", "Abu Muhammad al-Adnani"], answer: .choice(1),
                 explanation: "Nagata told a West Point journal.", paragraph: 2, excerpt: "x", bloom: .remember),
        QuizItem(id: "fo1", type: .factOpinion, skill: .argumentStructure, dok: 2, stem: "\"ISIS will remain relevant.\" Fact or opinion?",
                 options: ["Fact", "Opinion"], answer: .choice(1), explanation: "It is a prediction.",
                 paragraph: 4, excerpt: "x", bloom: .analyze),
        QuizItem(id: "ce1", type: .claimEvidence, skill: .evidence, dok: 2, stem: "Which evidence supports the claim that attacks go on?",
                 options: ["Three UK attacks in two months", "Mosul's liberation", "A sermon in 2014",
                           "Encrypted apps", "Desert villages"],
                 answer: .choice(0), explanation: "The UK attacks show plots continuing.", paragraph: 6,
                 excerpt: "x", bloom: .evaluate),
        QuizItem(id: "ess1", type: .essay, skill: .evidence, dok: 3,
                 stem: "Does the author convince you that ISIS will stay dangerous after losing its territory? Use two pieces of evidence from the article.",
                 answer: .rubric, explanation: "", paragraph: nil, excerpt: "", bloom: .evaluate,
                 rubric: [RubricCriterion(criterion: "Claim", points: 2, description: "States a clear position."),
                          RubricCriterion(criterion: "Evidence", points: 3, description: "Cites two pieces with [¶n].")]),
        QuizItem(id: "tp1", type: .twoPart, kind: .thesis, skill: .centralIdea, dok: 3,
                 stem: "This question has two parts. Answer Part A, then Part B.",
                 parts: [QuizPart(stem: "Part A: Which statement best expresses the author’s central claim?",
                                  options: ["ISIS is finished", "ISIS will remain a threat", "Mosul was never taken"],
                                  answer: 1, kind: .thesis, sources: ["thesis"]),
                         QuizPart(stem: "Part B: Which sentence from the article best supports the answer to Part A?",
                                  options: ["“Mosul is liberated.”", "“ISIS won’t need one to remain a relevant force.”",
                                            "“Raqqa is next.”"],
                                  answer: 1, kind: .supportingExcerpt, sources: ["thesis"])],
                 answer: .parts([1, 1]), explanation: "Part A: the thesis. Part B: ¶11 states it.",
                 support: [SupportingExcerpt(paragraph: 11, text: "won’t need one")], bloom: .analyze, sources: ["thesis"]),
    ]

    static let article = ArticleModel(
        id: "isis-after-mosul",
        metadata: Metadata(title: "ISIS won't be defeated after liberating Mosul", outlet: "Quartz",
                           author: "Zoë Ågren", genre: .opinion,
                           published: PublicationDate(date: PartialDate(year: 2017, month: 7)!, inferred: true)),
        summary: "A summary.",
        thesis: Claim(id: "thesis", text: "ISIS will remain a threat.", kind: .prediction, excerpt: "x"),
        quotes: [
            Quote(id: "q1", text: "We have to conclude that we do not yet fully appreciate the scale", speaker: "nagata",
                  role: "US Army lieutenant general", excerpt: "x", location: Location(paragraph: 2, offset: 0, length: 1)),
            Quote(id: "q2", text: "The smallest action you do in their heartland", speaker: "adnani",
                  excerpt: "x", sensitive: ["attack-method"]),
            Quote(id: "q3", text: "ISIS is close to being wiped out", speaker: "nagata", mode: .paraphrase, excerpt: "x"),
            Quote(id: "q4", text: "Tabs\tand \"quotes\" & <tags>", speaker: "zoe", excerpt: "x"),
        ],
        people: [
            Entity(id: "nagata", kind: .person, name: "Michael Nagata", role: "US Army lieutenant general"),
            Entity(id: "adnani", kind: .person, name: "Abu Muhammad al-Adnani", role: "ISIS spokesman"),
            Entity(id: "zoe", kind: .person, name: "Zoë Ågren", role: "Analyst"),
        ],
        vocabulary: [
            VocabularyTerm(id: "v1", term: "caliphate", definition: "A state ruled by a caliph; here, ISIS's claimed territory.",
                           partOfSpeech: "noun", tier: 3, location: Location(paragraph: 1, offset: 0, length: 1)),
            VocabularyTerm(id: "v2", term: "blitzkrieg", definition: "A sudden, fast attack.", partOfSpeech: "noun",
                           tier: 3, sensitive: ["attack-method"]),
            VocabularyTerm(id: "v3", term: "leverage", definition: "To use \"something\" to\tgain <more> & more",
                           partOfSpeech: "verb", tier: 2),
        ]
    )

    static let audience = Audience(name: "high-school", displayName: "High school (grades 9–12)",
                                   description: "Readers 14–18", readingLevel: 8...11, lineWidth: 72,
                                   sensitivity: Sensitivity(hide: ["attack-method"]))

    /// Two forms: A in bank order, B reversed with options as given (forms come from the quiz
    /// engine in real runs).
    static var quiz: QuizSet {
        QuizSet(bank: items, forms: [QuizForm(name: "A", seed: 1, items: items),
                                     QuizForm(name: "B", seed: 2, items: items.reversed())])
    }

    static var input: RenderInput { RenderInput(article: article, audience: audience, quiz: quiz) }
}
