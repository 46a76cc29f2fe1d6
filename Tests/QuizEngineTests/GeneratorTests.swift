import Testing
import PacketModel
@testable import QuizEngine

@Suite("Item generators")
struct GeneratorTests {
    let model = FixtureArticle.model

    @Test("the fixture model yields every one of the eleven item types")
    func everyType() throws {
        let types = Set(try QuizFixtures.bank().map(\.type))
        #expect(types == Set(QuizItemType.allCases))
    }

    @Test("every item cites a paragraph, an excerpt and model ids that exist")
    func citationsAndSources() throws {
        let ids = QuizFixtures.modelIDs(model)
        for item in try QuizFixtures.bank() {
            #expect(!item.sources.isEmpty && item.sources.allSatisfy(ids.contains), "\(item.id): \(item.sources)")
            if item.type != .essay {
                #expect(item.paragraph != nil, "\(item.id)")
                #expect(!item.excerpt.isEmpty, "\(item.id)")
            }
        }
    }

    @Test("an item's excerpt is words of the paragraph it cites")
    func excerptInCitedParagraph() throws {
        for item in try QuizFixtures.bank() where !item.excerpt.isEmpty {
            let text = model.paragraphs.first { $0.number == item.paragraph }?.text ?? ""
            #expect(text.contains(item.excerpt), "\(item.id): “\(item.excerpt)” not in ¶\(item.paragraph ?? 0)")
        }
    }

    @Test("who-said-it answers with the quote's speaker and offers other people as distractors")
    func whoSaidIt() throws {
        let items = QuizFixtures.items(.whoSaidIt, in: try QuizFixtures.bank())
        #expect(items.count == model.quotes.count)
        for item in items {
            let quote = try #require(model.quotes.first { $0.id == item.sources.first })
            #expect(QuizFixtures.answerText(item) == model.displayName(for: quote.speaker))
            #expect(item.stem.contains(TextNormal.clause(quote.text)))
            let names = Set(model.people.map(\.name))
            #expect(QuizFixtures.distractors(item).allSatisfy(names.contains))
            #expect(item.options.count == 4)
            #expect(item.bloom == .remember)
        }
    }

    @Test("a numeric fact asked as multiple choice lists its options in ascending order")
    func numericMultipleChoiceAscending() throws {
        let stats = QuizFixtures.items(.multipleChoice, in: try QuizFixtures.bank()).filter { $0.kind == .statisticValue }
        #expect(!stats.isEmpty)
        for item in stats {
            let values = item.options.compactMap(ValueText.parseNumber)
            #expect(values.count == item.options.count)
            #expect(values == values.sorted())
            let stat = try #require(model.statistics.first { $0.id == item.sources.first })
            let answer = try #require(QuizFixtures.answerText(item).flatMap(ValueText.parseNumber))
            #expect(answer == stat.value.representative)
        }
    }

    @Test("the answer of numeric multiple choice lands at different ranks across statistics and seeds")
    func numericRankVaries() throws {
        var ranks: Set<Int> = []
        for seed in UInt64(1)...12 {
            let bank = try QuizFixtures.quiz(seed: seed).bank
            for item in bank where item.id.hasPrefix("multiple-choice.s-") {
                if case .choice(let i) = item.answer { ranks.insert(i) }
            }
        }
        #expect(ranks.count >= 3)
    }

    @Test("true/false options are always True then False, and the answer agrees with the model")
    func trueFalse() throws {
        let items = QuizFixtures.items(.trueFalse, in: try QuizFixtures.bank())
        let oracle = TruthOracle(model: model)
        #expect(items.count >= 4)
        for item in items {
            #expect(item.options == ["True", "False"])
            guard let truth = oracle.isTrue("True", for: item) else {
                Issue.record("\(item.id): the model cannot judge this statement")
                continue
            }
            #expect(item.answer == .choice(truth ? 0 : 1))
        }
    }

    @Test("false true/false statements swap a real attribute: a quote keeps its words but names another speaker")
    func falseStatementsSwapAnAttribute() throws {
        var falseOnes: [QuizItem] = []
        for seed in UInt64(1)...6 {
            falseOnes += QuizFixtures.items(.trueFalse, in: try QuizFixtures.quiz(seed: seed).bank).filter { $0.answer == .choice(1) }
        }
        #expect(!falseOnes.isEmpty)
        for item in falseOnes where item.id.hasPrefix("true-false.q-") {
            let quote = try #require(model.quotes.first { $0.id == item.sources.first })
            #expect(item.stem.contains(TextNormal.clause(quote.text)))
            #expect(!item.stem.contains(model.displayName(for: quote.speaker)))
            #expect(model.people.contains { item.stem.hasPrefix($0.name) })
        }
        // A person's description swapped for another person's words from the article.
        for item in falseOnes where model.person(item.sources[0]) != nil {
            let person = try #require(model.person(item.sources[0]))
            #expect(item.stem.hasPrefix("The article describes \(person.name) as “"))
            #expect(!item.stem.contains("“\(person.describedAs ?? "")”"))
            #expect(model.people.contains { $0.id != person.id && item.stem.contains("“\($0.describedAs ?? "")”") })
        }
        #expect(falseOnes.contains { $0.id.hasPrefix("true-false.q-") })
        #expect(falseOnes.contains { model.person($0.sources[0]) != nil })
    }

    @Test("numeric items take exact figures exactly and skip vague quantities (ranges) and open-ended ones")
    func numericTolerance() throws {
        var model = model
        model.statistics.append(FixtureArticle.located(Statistic(id: "s-open", value: .range(min: 2000, max: nil), unit: "people",
                                                                 asWritten: "thousands", measures: "crowd size",
                                                                 excerpt: "12,000 people")))
        let items = QuizFixtures.items(.numeric, in: try QuizFixtures.bank(model))
        let height = try #require(items.first { $0.sources == ["s-height"] })
        #expect(height.answer == .number(value: 3, tolerance: 0))
        #expect(height.accepts("3") && !height.accepts("4"))
        #expect(!items.contains { $0.sources == ["s-homes"] })   // "several hundred" is not a number to write
        #expect(!items.contains { $0.sources == ["s-open"] })
    }

    @Test("matching pairs people with the article's words for them and terms with definitions, shown in a shuffled order")
    func matching() throws {
        let items = QuizFixtures.items(.matching, in: try QuizFixtures.bank())
        #expect(Set(items.map(\.id)) == ["matching.people", "matching.vocabulary"])
        for item in items {
            guard case .matching(let pairs) = item.answer else { Issue.record("not a matching answer"); continue }
            #expect(pairs.count >= 3)
            #expect(item.options.sorted() == pairs.map(\.match).sorted())
            #expect(item.options != pairs.map(\.match))
        }
        let people = try #require(items.first { $0.id == "matching.people" })
        if case .matching(let pairs) = people.answer {
            for pair in pairs { #expect(model.people.contains { $0.name == pair.prompt && $0.describedAs == pair.match }) }
        }
    }

    @Test("ordering lists timeline events out of order and its answer puts them in date order")
    func ordering() throws {
        let item = try #require(QuizFixtures.items(.ordering, in: try QuizFixtures.bank()).first)
        guard case .ordering(let order) = item.answer else { Issue.record("not an ordering answer"); return }
        let dates = try order.map { i in
            try #require(model.events.first { TextNormal.same($0.description, item.options[i]) }?.date)
        }
        #expect(dates == dates.sorted())
        #expect(order != Array(order.indices))
        #expect(item.options.count >= 4)
    }

    @Test("short answer accepts the term or the person's name and aliases")
    func shortAnswer() throws {
        let items = QuizFixtures.items(.shortAnswer, in: try QuizFixtures.bank())
        let levee = try #require(items.first { $0.sources == ["v-levee"] })
        #expect(levee.accepts("Levee") && !levee.accepts("floodplain"))
        #expect(levee.stem.contains("raised bank"))
        let ruiz = try #require(items.first { $0.sources == ["ruiz"] })
        #expect(ruiz.accepts("Ana Ruiz") && ruiz.accepts("ruiz"))
    }

    @Test("fact/opinion/prediction offers the claim kinds and answers with the claim's own kind")
    func factOpinion() throws {
        let items = QuizFixtures.items(.factOpinion, in: try QuizFixtures.bank())
        #expect(items.count == model.allClaims.count)
        for item in items {
            let claim = try #require(model.claim(item.sources[0]))
            #expect(QuizFixtures.answerText(item) == ClaimKindLabel.label(claim.kind))
            #expect(Set(item.options).isSuperset(of: ["Fact", "Opinion", "Prediction"]))
            #expect(item.bloom == (claim.kind == .fact && claim.hedge == nil && claim.id != "thesis" ? .understand : .analyze))
        }
        let policy = try #require(items.first { $0.sources == ["c-plan-next"] })
        #expect(policy.options.contains("Policy proposal"))
    }

    @Test("claim-evidence answers with evidence for the claim; distractors are evidence for other claims")
    func claimEvidence() throws {
        let items = QuizFixtures.items(.claimEvidence, in: try QuizFixtures.bank()).filter { $0.kind == .evidenceForClaim }
        #expect(!items.isEmpty)
        for item in items {
            let claimID = item.sources[0]
            let answer = try #require(model.evidence.first { $0.summary == QuizFixtures.answerText(item) })
            #expect(answer.supports.contains(claimID))
            for text in QuizFixtures.distractors(item) {
                let e = try #require(model.evidence.first { $0.summary == text })
                #expect(!e.supports.contains(claimID))
            }
            #expect(item.bloom == .analyze)
        }
    }

    @Test("evidence for a claim that supports the thesis is never a wrong answer about the thesis")
    func chainedSupportIsNotADistractor() throws {
        let items = QuizFixtures.items(.claimEvidence, in: try QuizFixtures.bank()).filter { $0.kind == .evidenceForClaim }
        let thesisItems = items.filter { $0.sources.first == "thesis" }
        let forGoodUse = Set(model.evidence.filter { $0.supports.contains("c-good-use") }.map(\.summary))
        for item in thesisItems {
            #expect(Set(QuizFixtures.distractors(item)).isDisjoint(with: forGoodUse))
        }
    }

    @Test("essay items come from the authored questions with their rubric and Bloom level")
    func essay() throws {
        let item = try #require(QuizFixtures.items(.essay, in: try QuizFixtures.bank()).first)
        #expect(item.stem == FixtureArticle.question.prompt)
        #expect(item.answer == .rubric)
        #expect(item.rubric == FixtureArticle.question.rubric)
        #expect(item.bloom == .evaluate)
    }

    @Test("no item offers the same option twice after normalising, nor all/none of the above")
    func optionsDistinct() throws {
        for item in try QuizFixtures.bank() {
            let keys = item.options.map(TextNormal.key)
            #expect(Set(keys).count == keys.count, "\(item.id)")
            #expect(!keys.contains("all of the above") && !keys.contains("none of the above"))
        }
    }

    @Test("no date distractor falls after the article was published")
    func noFutureDates() throws {
        let published = model.metadata.published.date.year
        for seed in UInt64(1)...6 {
            for item in try QuizFixtures.quiz(seed: seed).bank where item.id.hasPrefix("multiple-choice.ev-") {
                for option in item.options {
                    let date = try #require(ValueText.parseDate(option) ?? ValueText.parseNumber(option).flatMap { PartialDate(year: Int($0)) })
                    #expect(date.year <= published, "\(item.id): \(option)")
                }
            }
        }
    }

    @Test("people the article does not name are neither asked about nor offered as options")
    func unnamedPeopleLeftOut() throws {
        var model = model
        model.people.append(Entity(id: "unnamed-engineer", kind: .person, name: "Unnamed council engineer",
                                   role: "engineer who inspected the wall", paragraphs: [3]))
        model.quotes.append(FixtureArticle.located(Quote(id: "q-unnamed", text: "The barrier stands 3 metres high",
                                                         speaker: "unnamed-engineer", excerpt: "The barrier stands 3 metres high")))
        let bank = try QuizFixtures.bank(model)
        #expect(!bank.contains { $0.id == "who-said-it.q-unnamed" })
        #expect(!bank.contains { $0.sources.contains("unnamed-engineer") && $0.type != .trueFalse })
        #expect(!bank.flatMap(\.options).contains("Unnamed council engineer"))
        #expect(!bank.flatMap(\.options).contains("engineer who inspected the wall"))
    }

    @Test("a rank is perturbed to neighbouring ranks, not multiplied")
    func rankPerturbation() {
        let rank = Statistic(id: "s-rank", value: .exact(2), unit: "rank", asWritten: "second largest",
                             measures: "the city's rank by size", excerpt: "x")
        #expect(Distractors.perturbations(of: rank) == [3, 1, 4, 5])
    }

    @Test("wrong dates prefer other events within five years, then the same date a year or two off")
    func nearbyDatesFirst() throws {
        let date = try #require(PartialDate(year: 2018))
        let published = try #require(PartialDate(year: 2024, month: 3))
        let candidates = Distractors.dates(near: date, among: FixtureArticle.events, notAfter: published)
        #expect(Array(candidates.prefix(4)).map(\.year) == [2018, 2020, 2015, 2023])
        #expect(candidates.dropFirst(4).prefix(2).map(\.year) == [2017, 2019])
        #expect(candidates.last?.year == 2024)
    }

    @Test("the author's own words are asked as who-said-it only when the article is signed")
    func authorQuotes() throws {
        var model = model
        model.quotes.append(FixtureArticle.located(Quote(id: "q-author", text: "The barrier is a good use of public money",
                                                         speaker: "author", excerpt: "The barrier is a good use of public money")))
        let signed = try QuizFixtures.bank(model)
        let asked = try #require(signed.first { $0.id == "who-said-it.q-author" })
        #expect(QuizFixtures.answerText(asked) == "Sam Writer")
        model.metadata.author = nil
        let unsigned = try QuizFixtures.bank(model)
        #expect(!unsigned.contains { $0.id == "who-said-it.q-author" })
        // The author's own sentence is not a quotation: no "The author said: …" statement either.
        #expect(!unsigned.contains { $0.id == "true-false.q-author" })
    }
}
