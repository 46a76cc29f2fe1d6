import Testing
import PacketModel
@testable import QuizEngine

@Suite("Self-check")
struct SelfCheckTests {
    let oracle = TruthOracle(model: FixtureArticle.model)

    /// A choice item no model fact is about, so only the layout rules apply to it.
    func plain(_ id: String, _ options: [String], answer: Int, paragraph: Int? = 1,
               excerpt: String = "Riverton finished its flood barrier") -> QuizItem {
        QuizItem(id: id, type: .multipleChoice, skill: .recall, dok: 1, stem: "Which?", options: options,
                 answer: .choice(answer), explanation: "", paragraph: paragraph, excerpt: excerpt, bloom: .remember)
    }

    /// The fixture model with Lee Chen quoted saying exactly what Ana Ruiz said.
    var echoedModel: ArticleModel {
        var model = FixtureArticle.model
        var echo = model.quotes[0]
        echo.id = "q-chen-echo"
        echo.speaker = "chen"
        model.quotes.append(echo)
        return model
    }

    @Test("a distractor the model makes true is reported")
    func trueDistractorFires() {
        let model = echoedModel
        let item = QuizItem(id: "who-said-it.q-ruiz", type: .whoSaidIt, kind: .quoteSpeaker, skill: .recall, dok: 1,
                            stem: "Who said this?", options: ["Ana Ruiz", "Lee Chen", "Tom Becker"], answer: .choice(0),
                            explanation: "", paragraph: 2, excerpt: "We will never again", bloom: .remember, sources: ["q-ruiz"])
        let problems = SelfCheck.itemProblems(item, oracle: TruthOracle(model: model))
        #expect(problems.contains { $0.contains("distractor “Lee Chen” is also true") })
        #expect(problems.count == 1)
    }

    @Test("the who-said-it generator never offers a second speaker of the same words")
    func generatorAvoidsTrueDistractor() throws {
        let bank = try QuizFixtures.bank(echoedModel)
        let item = try #require(bank.first { $0.id == "who-said-it.q-ruiz" })
        #expect(!item.options.contains("Lee Chen"))
    }

    @Test("a true/false statement marked false that the model supports is reported")
    func trueStatementMarkedFalseFires() {
        let quote = FixtureArticle.quotes[0]
        let item = QuizItem(id: "true-false.q-ruiz", type: .trueFalse, kind: .statement, skill: .recall, dok: 1,
                            stem: Statements.quote(quote, speakerName: "Ana Ruiz"), options: ["True", "False"],
                            answer: .choice(1), explanation: "", paragraph: 2, excerpt: "We will never again",
                            bloom: .remember, sources: ["q-ruiz"])
        let problems = SelfCheck.itemProblems(item, oracle: oracle)
        #expect(problems.contains { $0.contains("distractor “True” is also true") })
        #expect(problems.contains { $0.contains("the answer “False” is not true") })
    }

    @Test("evidence that supports the claim offered as a distractor is reported")
    func supportingEvidenceAsDistractorFires() {
        let item = QuizItem(id: "claim-evidence.c-good-use", type: .claimEvidence, kind: .evidenceForClaim,
                            skill: .evidence, dok: 2, stem: "Which evidence?",
                            options: ["The levee protects 12,000 people.", "The lower town stayed dry in the February 2024 storm.",
                                      "Premiums fell 15% in towns with similar defences."],
                            answer: .choice(0), explanation: "", paragraph: 3, excerpt: "protects 12,000 people",
                            bloom: .analyze, sources: ["c-good-use", "e-people"])
        let problems = SelfCheck.itemProblems(item, oracle: oracle)
        #expect(problems == ["distractor “The lower town stayed dry in the February 2024 storm.” is also true in the model"])
    }

    @Test("a wrong Part B of a two-part item that quotes supporting words is reported")
    func twoPartDistractorFires() {
        let partA = QuizPart(stem: "Part A: Which claim?", options: ["Riverton will need stronger defences as floods grow",
                                                                     "Riverton finished its flood barrier in 2023", "Two people drowned in the 2015 flood"],
                             answer: 0, kind: .thesis, sources: ["thesis"])
        let partB = QuizPart(stem: "Part B: Which sentence?", options: ["“Riverton will face bigger floods as the climate warms.”",
                                                                        "“The barrier is a good use of public money.”",
                                                                        "“Two people drowned that spring.”"],
                             answer: 0, kind: .supportingExcerpt, sources: ["thesis"])
        let item = QuizItem(id: "two-part.thesis", type: .twoPart, kind: .thesis, skill: .centralIdea, dok: 3, stem: "Two parts.",
                            parts: [partA, partB], answer: .parts([0, 0]), explanation: "",
                            support: [SupportingExcerpt(paragraph: 6, text: "The barrier is a good use of public money")],
                            bloom: .analyze, sources: ["thesis"])
        let problems = SelfCheck.itemProblems(item, oracle: oracle)
        #expect(problems == ["Part B: distractor ““The barrier is a good use of public money.”” is also true in the model"])
    }

    @Test("support that is not word for word in the cited paragraph is reported")
    func supportNotVerbatimFires() {
        let item = plain("loose", ["one", "two", "six"], answer: 0, paragraph: 2, excerpt: "Riverton finished its flood barrier")
        #expect(SelfCheck.itemProblems(item, oracle: oracle) == ["support “Riverton finished its flood barrier” is not word for word in ¶2"])
        #expect(SelfCheck.itemProblems(plain("ok", ["one", "two", "six"], answer: 0), oracle: oracle).isEmpty)
    }

    @Test("quoted words the article does not have are reported, an ellipsis standing for words left out")
    func quotationNotTheArticlesFires() {
        var item = plain("q", ["one", "two", "six"], answer: 0)
        item.stem = "The writer says “Riverton … its flood barrier” and “the town is doomed”. Which?"
        let problems = SelfCheck.itemProblems(item, oracle: oracle)
        #expect(problems == ["quoted words are not the article’s: “the town is doomed”"])
    }

    @Test("a stem with the leftovers of generated pieces is reported")
    func garbledStemFires() {
        var item = plain("g", ["one", "two", "six"], answer: 0)
        item.stem = "The article gives the figure 40% for the share … of the town."
        let problems = SelfCheck.itemProblems(item, oracle: oracle)
        #expect(problems.contains("garbled stem: an ellipsis outside quotation marks"))
        #expect(problems.contains("garbled stem: “the figure N for”"))
    }

    @Test("a Depth of Knowledge outside 1–4 is reported")
    func dokOutOfRangeFires() {
        var item = plain("dok", ["one", "two", "six"], answer: 0)
        item.dok = 5
        #expect(SelfCheck.itemProblems(item, oracle: oracle) == ["DOK 5 is not 1–4"])
    }

    @Test("options that differ only in case, spacing or punctuation are reported as duplicates")
    func duplicateOptionsFire() {
        let item = plain("dup", ["Ana Ruiz", "ana  ruiz.", "Tom Becker"], answer: 2)
        #expect(SelfCheck.itemProblems(item, oracle: oracle).contains { $0.contains("duplicate options") })
        #expect(SelfCheck.itemProblems(plain("ok", ["Ana Ruiz", "Tom Becker", "Lee Chen"], answer: 2), oracle: oracle).isEmpty)
    }

    @Test("all of the above is never an allowed option")
    func bannedOptionFires() {
        let item = plain("banned", ["Yes", "No", "All of the above"], answer: 0)
        #expect(SelfCheck.itemProblems(item, oracle: oracle).contains { $0.contains("not allowed") })
    }

    @Test("a form where the longest option is always the answer is reported")
    func longestAlwaysAnswerFires() {
        let longFirst = (0..<4).map { i in
            plain("long\(i)", ["the much longer correct answer \(i)", "short", "tiny"].rotated(by: i % 3), answer: (3 - i % 3) % 3)
        }
        #expect(longFirst.allSatisfy { QuizFixtures.answerText($0)?.hasPrefix("the much longer") == true })
        #expect(SelfCheck.longestAnswerProblem(longFirst).count == 1)
        var mixed = longFirst
        mixed[3] = plain("short", ["a", "much longer wrong answer", "bb"], answer: 0)
        #expect(SelfCheck.longestAnswerProblem(mixed).isEmpty)
    }

    @Test("answers piled on one letter beyond ±1 of a fair share are reported")
    func positionSpreadFires() {
        let piled = (0..<6).map { plain("p\($0)", ["one", "two", "six"], answer: 0) }
        let problems = SelfCheck.positionProblems(piled)
        #expect(problems.contains { $0.hasPrefix("answer position A is used 6 times") })
        let spread = (0..<6).map { plain("s\($0)", ["one", "two", "six"], answer: $0 % 3) }
        #expect(SelfCheck.positionProblems(spread).isEmpty)
    }

    @Test("a non-essay item without support is reported; an essay without any is not")
    func missingSupportFires() {
        let item = plain("nocite", ["one", "two", "six"], answer: 0, paragraph: nil)
        #expect(SelfCheck.itemProblems(item, oracle: oracle).contains { $0.contains("missing support") })
        let essay = QuizItem(id: "essay", type: .essay, skill: .evidence, dok: 3, stem: "Discuss.", answer: .rubric,
                             explanation: "", paragraph: nil, excerpt: "", bloom: .evaluate)
        #expect(SelfCheck.itemProblems(essay, oracle: oracle).isEmpty)
    }

    @Test("building a quiz whose model puts invented words in quotation marks fails with a clear message")
    func makeQuizThrowsOnModelBreakingARule() {
        var model = FixtureArticle.model
        model.craft = [FixtureArticle.located(CraftNote(id: "k-bad", words: "never again", device: .booster,
                                                        effect: "It sounds “absolutely certain”.", excerpt: "We will never again leave"))]
            + model.craft.filter { $0.id != "k-never" }
        #expect {
            try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience())
        } throws: { error in
            guard let check = error as? QuizCheckError else { return false }
            return check.problems.contains { $0.contains("craft.k-bad") && $0.contains("“absolutely certain”") }
                && check.description.contains("quiz self-check failed")
        }
    }
}

extension Array {
    func rotated(by k: Int) -> [Element] {
        guard !isEmpty else { return self }
        let s = k % count
        return Array(self[s...] + self[..<s])
    }
}
