import Testing
import PacketModel
@testable import QuizEngine

/// Issue 13, point 2: items built from the model's argument, never contradicting its relations.
@Suite("Items about the argument")
struct ArgumentItemTests {
    let model = SeedQuizzes.model
    var graph: ArgumentGraph { ArgumentGraph(model: model) }
    var oracle: TruthOracle { TruthOracle(model: model) }

    func items(_ kind: QuizItemKind) -> [QuizItem] {
        SeedQuizzes.items.map(\.item).filter { $0.kind == kind && $0.type != .twoPart }
    }

    /// The claim whose wording (either) is `text`.
    func claim(_ text: String) -> Claim? {
        model.allClaims.first { QuizContext.wordings($0).contains { TextNormal.same($0, text) } }
    }

    @Test("the main idea of a paragraph is the one claim every other claim there supports")
    func mainIdeas() {
        #expect(graph.mainClaim(ofParagraph: 6) == "c-call-impact")
        #expect(graph.mainClaim(ofParagraph: 9) == "c-social-media")
        #expect(graph.mainClaim(ofParagraph: 8) == nil)   // two separate points
        #expect(graph.mainClaim(ofParagraph: 1) == nil)   // no claim supports another there
    }

    @Test("the central-claim item keys the thesis; the main-idea items key the paragraph's main claim")
    func centralIdea() throws {
        let thesis = items(.thesis)
        #expect(!thesis.isEmpty)
        for item in thesis {
            #expect(claim(try #require(QuizFixtures.answerText(item)))?.id == "thesis")
            #expect(item.skill == .centralIdea && item.dok == 2)
        }
        let main = items(.mainIdea)
        #expect(!main.isEmpty)
        for item in main {
            let answer = try #require(QuizFixtures.answerText(item).flatMap(claim))
            #expect(answer.id == graph.mainClaim(ofParagraph: try #require(item.paragraph)))
        }
    }

    @Test("claim-evidence keys evidence the argument map links to the claim directly, and offers none that supports it")
    func evidenceForClaimFollowsTheMap() throws {
        let items = items(.evidenceForClaim)
        #expect(!items.isEmpty)
        for item in items {
            let claimID = item.sources[0]
            let key = try #require(model.evidence.first { $0.summary == QuizFixtures.answerText(item) })
            #expect(graph.directTargets(of: key.id).contains(claimID), "\(item.id): \(key.id) is not linked to \(claimID)")
            let tree = graph.supportTree(of: claimID)
            for text in QuizFixtures.distractors(item) {
                let e = try #require(model.evidence.first { $0.summary == text })
                #expect(!tree.contains(e.id), "\(item.id): distractor \(e.id) supports the claim")
            }
        }
        // The review's case: "all jihadist groups need…" is not keyed on the 18% study, which the map links elsewhere.
        #expect(!items.contains { $0.sources == ["c-social-media", "e-gw-study"] })
    }

    @Test("which-claim items key a claim the evidence or claim supports directly and offer none it reaches")
    func whichClaimFollowsTheMap() throws {
        for item in items(.claimForEvidence) + items(.claimForClaim) {
            let subject = item.sources[0]
            let key = try #require(QuizFixtures.answerText(item).flatMap(claim))
            #expect(graph.directTargets(of: subject).contains(key.id), "\(item.id)")
            let reached = graph.supported(by: subject)
            for text in QuizFixtures.distractors(item) {
                let other = try #require(claim(text))
                #expect(!reached.contains(other.id), "\(item.id): \(other.id) is supported too")
            }
        }
        #expect(!items(.claimForEvidence).isEmpty && !items(.claimForClaim).isEmpty)
    }

    @Test("counterargument items come from attacks and rebuts: the opposing view, and the author's answer to it")
    func counterargument() throws {
        let views = items(.opposingView), answers = items(.authorsAnswer)
        #expect(!views.isEmpty && !answers.isEmpty)
        for item in views {
            #expect(claim(try #require(QuizFixtures.answerText(item)))?.id == "c-recoup")
            #expect(item.dok == 2)
        }
        for item in answers {
            #expect(claim(try #require(QuizFixtures.answerText(item)))?.id == "c-blitzkrieg-slim")
            // The view's own backing is the tempting wrong answer; the claim it attacks is never offered.
            #expect(QuizFixtures.distractors(item).compactMap(claim).map(\.id).allSatisfy { $0 != "c-brand-survives" })
            #expect(item.dok == 3 && item.skill == .counterargument)
        }
    }

    @Test("in a piece that informs (news, science, an explainer) the other-side items ask about a view it reports and how it responds")
    func reportedViewStems() throws {
        let audience = try SeedAudiences.loader.load("high-school")
        var report = model
        report.metadata.genre = .explainer
        let bank = try QuizEngine.makeQuiz(for: report, audience: audience).bank
        // The generated other-side stems (an editor's own question may word it as it likes).
        let stems = bank.flatMap { item in
            ([item.stem].filter { _ in [.opposingView, .authorsAnswer].contains(item.kind) && item.type != .twoPart })
                + item.parts.filter { $0.kind == .authorsAnswer }.map(\.stem)
        }
        let views = bank.filter { $0.kind == .opposingView && $0.type != .twoPart }
        let answers = bank.filter { $0.kind == .authorsAnswer && $0.type != .twoPart }
        #expect(stems.count > views.count)
        #expect(!views.isEmpty && !answers.isEmpty)
        #expect(views.allSatisfy { $0.stem.contains("the article reports a view that differs from its main point") })
        #expect(answers.allSatisfy { $0.stem.contains("the article reports a view") && $0.stem.hasSuffix("How does the article respond to it?") })
        #expect(!stems.contains { $0.contains("raises an opposing view") || $0.contains("answer it?") || $0.contains("from the main argument") })
        #expect(views.allSatisfy { $0.explanation.hasPrefix("The article reports a view") })
        // The opinion piece itself still asks how the author answers.
        #expect(items(.authorsAnswer).allSatisfy { $0.stem.contains("the author raises an opposing view") && $0.stem.hasSuffix("How does the author answer it?") })
    }

    @Test("two-part items: Part A a claim, Part B the sentence that supports it; each part judged by the model")
    func twoPart() throws {
        let items = SeedQuizzes.items.map(\.item).filter { $0.type == .twoPart }
        #expect(Set(items.map(\.id)) == ["two-part.thesis", "two-part.c-blitzkrieg-slim"])
        for item in items {
            #expect(item.parts.count == 2 && item.points == 2 && item.dok == 3)
            guard case .parts(let answers) = item.answer else { Issue.record("\(item.id): not a two-part answer"); continue }
            #expect(answers == item.parts.map(\.answer))
            let b = item.parts[1]
            #expect(b.kind == .supportingExcerpt)
            for (i, option) in b.options.enumerated() {
                #expect(oracle.isTrue(option, for: b) == (i == b.answer), "\(item.id) Part B: \(option)")
                #expect(QuotedSpans.spans(in: option).count == 1, "\(item.id): Part B's options quote the article")
            }
            #expect(item.responseKey == answers.map(QuizItem.letter).joined())
        }
    }

    @Test("what a figure does not show: the key is its does_not_show, the wrong answers cautions that do not apply")
    func statisticLimits() throws {
        let items = items(.statisticLimit)
        #expect(!items.isEmpty)
        for item in items {
            let stat = try #require(model.statistics.first { $0.id == item.sources[0] })
            #expect(QuizFixtures.answerText(item) == stat.doesNotShow)
            for text in QuizFixtures.distractors(item) {
                let caution = try #require(StatisticCautions.all.first { $0.text == text })
                #expect(!caution.applies(stat), "\(item.id): “\(text)” applies to \(stat.id)")
            }
            #expect(item.skill == .evidence && item.dok == 3)
        }
    }

    @Test("craft items key the note's effect and offer effects of other kinds of word choice")
    func craft() throws {
        let items = items(.wordEffect)
        #expect(!items.isEmpty)
        for item in items {
            let note = try #require(model.craft.first { $0.id == item.sources[0] })
            #expect(QuizFixtures.answerText(item) == note.effect)
            #expect(item.stem.contains("“\(note.words)”"))
            for text in QuizFixtures.distractors(item) {
                #expect(model.craft.first { $0.effect == text }?.device != note.device, "\(item.id): \(text)")
            }
        }
    }

    @Test("a claim that shares its sentence with its evidence is not asked about that evidence (no word matching)")
    func noWordMatching() {
        #expect(!items(.evidenceForClaim).contains { $0.sources == ["c-susceptible", "e-named-attackers"] })
        #expect(!items(.claimForEvidence).contains { $0.sources == ["e-named-attackers", "c-susceptible"] })
    }
}
