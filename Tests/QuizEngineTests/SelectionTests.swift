import Testing
import PacketModel
@testable import QuizEngine

@Suite("Choosing items for a form")
struct SelectionTests {
    func item(_ id: String, _ type: QuizItemType, _ sources: [String]) -> QuizItem {
        QuizItem(id: id, type: type, skill: .recall, dok: 1, stem: id, answer: .rubric, explanation: "", paragraph: 1, excerpt: "x",
                 bloom: .remember, sources: sources)
    }

    @Test("an event that names a speaker is kept off a form that asks who said that speaker's words")
    func linkedTopicsKeptApart() {
        var model = FixtureArticle.model
        model.events[1].people = ["ruiz"]
        let bank = [item("who", .whoSaidIt, ["q-ruiz", "ruiz"]), item("plan", .multipleChoice, ["ev-plan"]),
                    item("build", .multipleChoice, ["ev-build"])]
        let settings = QuizSettings(count: 2, types: [.whoSaidIt: 1, .multipleChoice: 1])
        for seed in UInt64(1)...20 {
            var random = SplitMix64(seed: seed)
            let chosen = ItemSelector.select(from: bank, settings: settings, topics: ItemTopics(model: model), random: &random)
            #expect(chosen.map(\.id) == ["who", "build"], "seed \(seed)")
        }
    }

    @Test("linked topics are shared only when nothing else is left")
    func linkedTopicsSharedWhenNeeded() {
        var model = FixtureArticle.model
        model.events[1].people = ["ruiz"]
        let bank = [item("who", .whoSaidIt, ["q-ruiz", "ruiz"]), item("plan", .multipleChoice, ["ev-plan"])]
        var random = SplitMix64(seed: 1)
        let chosen = ItemSelector.select(from: bank, settings: QuizSettings(count: 2, types: [.whoSaidIt: 1, .multipleChoice: 1]),
                                         topics: ItemTopics(model: model), random: &random)
        #expect(chosen.count == 2)
    }

    @Test("claim-evidence asks about arguable claims, and about facts only when there is nothing else")
    func claimEvidencePrefersArguableClaims() throws {
        var model = FixtureArticle.model
        model.evidence[3].supports = ["c-finished"]
        let bank = try QuizFixtures.bank(model)
        #expect(!bank.contains { $0.id == "claim-evidence.c-finished" })
        #expect(bank.contains { $0.type == .claimEvidence })
        model.thesis.kind = .fact
        model.claims = model.claims.map { c in var c = c; c.kind = .fact; return c }
        let factsOnly = try QuizFixtures.bank(model)
        #expect(factsOnly.contains { $0.id == "claim-evidence.c-good-use" })
        // Evidence quoted in the claim's own sentence would be word matching: never asked.
        #expect(!factsOnly.contains { $0.id == "claim-evidence.c-finished" })
    }

    @Test("a claim is linked to the quote and number its evidence rests on")
    func claimLinkedThroughEvidence() {
        let topics = ItemTopics(model: FixtureArticle.model)
        let claimItem = item("fo", .factOpinion, ["c-premiums"])
        #expect(topics.keys(claimItem).isSuperset(of: ["c-premiums", "s-premiums", "nair"]))
    }

    @Test("claim-evidence is not asked when the only supporting evidence repeats the claim's words")
    func restatedEvidenceNotAsked() throws {
        #expect(try QuizFixtures.bank().contains { $0.id == "claim-evidence.c-premiums" })
        var model = FixtureArticle.model
        model.evidence[1].summary = "A study says insurance prices will fall within five years."
        #expect(try !QuizFixtures.bank(model).contains { $0.id == "claim-evidence.c-premiums" })
        #expect(WordOverlap.share(of: "Insurance prices will fall within five years",
                                  repeatedIn: model.evidence[1].summary) == 1)
        #expect(WordOverlap.share(of: "Insurance prices will fall", repeatedIn: "Premiums fell 15%") == 0)
    }
}
