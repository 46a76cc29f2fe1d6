import Testing
import PacketModel
@testable import QuizEngine

@Suite("Self-check")
struct SelfCheckTests {
    let oracle = TruthOracle(model: FixtureArticle.model)

    /// A choice item no model fact is about, so only the layout rules apply to it.
    func plain(_ id: String, _ options: [String], answer: Int, paragraph: Int? = 1) -> QuizItem {
        QuizItem(id: id, type: .multipleChoice, stem: "Which?", options: options, answer: .choice(answer),
                 explanation: "", paragraph: paragraph, excerpt: "x", bloom: .remember)
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
        let item = QuizItem(id: "who-said-it.q-ruiz", type: .whoSaidIt, stem: "Who said this?",
                            options: ["Ana Ruiz", "Lee Chen", "Tom Becker"], answer: .choice(0), explanation: "",
                            paragraph: 2, excerpt: "x", bloom: .remember, sources: ["q-ruiz"])
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
        let item = QuizItem(id: "true-false.q-ruiz", type: .trueFalse, stem: Statements.quote(quote, speakerName: "Ana Ruiz"),
                            options: ["True", "False"], answer: .choice(1), explanation: "", paragraph: 2, excerpt: "x",
                            bloom: .remember, sources: ["q-ruiz"])
        let problems = SelfCheck.itemProblems(item, oracle: oracle)
        #expect(problems.contains { $0.contains("distractor “True” is also true") })
        #expect(problems.contains { $0.contains("the answer “False” is not true") })
    }

    @Test("evidence that supports the claim offered as a distractor is reported")
    func supportingEvidenceAsDistractorFires() {
        let item = QuizItem(id: "claim-evidence.c-good-use", type: .claimEvidence, stem: "Which evidence?",
                            options: ["The levee protects 12,000 people.", "The lower town stayed dry in the February 2024 storm.",
                                      "Premiums fell 15% in towns with similar defences."],
                            answer: .choice(0), explanation: "", paragraph: 3, excerpt: "x", bloom: .analyze,
                            sources: ["c-good-use", "e-people"])
        let problems = SelfCheck.itemProblems(item, oracle: oracle)
        #expect(problems == ["distractor “The lower town stayed dry in the February 2024 storm.” is also true in the model"])
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

    @Test("a non-essay item without a paragraph is reported; an essay without one is not")
    func missingCitationFires() {
        let item = plain("nocite", ["one", "two", "six"], answer: 0, paragraph: nil)
        #expect(SelfCheck.itemProblems(item, oracle: oracle).contains { $0.contains("missing citation") })
        let essay = QuizItem(id: "essay", type: .essay, stem: "Discuss.", answer: .rubric, explanation: "",
                             paragraph: nil, excerpt: "", bloom: .evaluate)
        #expect(SelfCheck.itemProblems(essay, oracle: oracle).isEmpty)
    }

    @Test("building a quiz from a model with an unlocated item fails with a clear message")
    func makeQuizThrowsOnModelBreakingARule() {
        var model = FixtureArticle.model
        model.vocabulary[0].location = nil
        #expect {
            try QuizEngine.makeQuiz(for: model, audience: FixtureArticle.audience())
        } throws: { error in
            guard let check = error as? QuizCheckError else { return false }
            return check.problems.contains { $0.contains("v-levee") && $0.contains("missing citation") }
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
