import Testing
import PacketModel
@testable import QuizEngine

/// Issue 13, point 1: a blueprint per audience, met on every form or the build stops saying why.
@Suite("Quiz blueprints")
struct BlueprintTests {
    /// The issue's targets for form A: DOK 2+ share, DOK 3+ count, two-part, evidence items, vocabulary cap.
    static let targets: [String: (dok2: Double, dok3: Int, twoPart: Bool, evidence: Int, vocabulary: Int)] = [
        "middle-school": (0.40, 1, true, 1, 2), "high-school": (0.50, 2, true, 2, 3),
        "university": (0.60, 3, true, 2, 4), "policy-staff": (0.75, 2, false, 2, 1),
    ]

    @Test("every shipped audience's form A meets the issue's targets", arguments: ["middle-school", "high-school", "university", "policy-staff"])
    func shippedTargets(audience: String) throws {
        let built = try #require(SeedQuizzes.all.first { $0.audience.name == audience })
        let target = try #require(Self.targets[audience])
        let items = built.quiz.formA.items
        #expect(items.count == built.audience.quiz.count)
        let dok2 = items.filter { $0.dok >= 2 }.count, dok3 = items.filter { $0.dok >= 3 }.count
        #expect(Double(dok2) >= target.dok2 * Double(items.count), "\(audience): \(dok2) of \(items.count) at DOK 2+")
        #expect(dok3 >= target.dok3, "\(audience): \(dok3) at DOK 3+")
        #expect(items.contains { $0.skill == .centralIdea })
        #expect(items.contains { $0.type == .twoPart } == target.twoPart)
        #expect(items.filter { $0.skill == .evidence }.count >= target.evidence)
        let vocabulary = items.filter { $0.skill == .vocabulary }.count
        #expect(vocabulary <= target.vocabulary && Double(vocabulary) <= 0.2 * Double(items.count) + 1e-9)
        #expect(items.allSatisfy { (1...4).contains($0.dok) })
    }

    @Test("every form of every audience holds exactly its blueprint's skills and two-part items", arguments: ["middle-school", "high-school", "university", "policy-staff"])
    func everyFormMeetsItsBlueprint(audience: String) throws {
        let built = try #require(SeedQuizzes.all.first { $0.audience.name == audience })
        let blueprint = try #require(built.audience.quiz.blueprint)
        let counts = try #require(blueprint.counts(total: built.audience.quiz.count))
        for form in built.quiz.forms {
            #expect(BlueprintCheck.problems(form.items, blueprint: blueprint, total: built.audience.quiz.count) == [])
            for skill in QuizSkill.allCases {
                #expect(form.items.filter { $0.skill == skill }.count == counts[skill] ?? 0, "\(audience) form \(form.name) \(skill)")
            }
            #expect(Set(form.items.map(\.id)) == Set(built.quiz.formA.items.map(\.id)))
        }
    }

    @Test("no two items on a form answer each other: one question per model item, one per opposing view")
    func noItemAnswersAnother() {
        for built in SeedQuizzes.all {
            let topics = ItemTopics(model: SeedQuizzes.model)
            var seen: [String: String] = [:]
            for item in built.quiz.formA.items {
                for key in topics.exclusive(item) {
                    #expect(seen[key] == nil, "\(built.audience.name): \(item.id) and \(seen[key] ?? "") share \(key)")
                    seen[key] = item.id
                }
            }
        }
    }

    @Test("counts and shares: shares divide what the counts leave, by largest remainder")
    func amounts() {
        let blueprint = QuizBlueprint(skills: [.recall: .items(2), .evidence: .percent(50), .craft: .percent(50)])
        #expect(blueprint.counts(total: 7) == [.recall: 2, .evidence: 3, .craft: 2])
        #expect(QuizBlueprint(skills: [.recall: .items(3)]).counts(total: 4) == nil)
        #expect(QuizBlueprint(skills: [.recall: .items(5)]).counts(total: 4) == nil)
        #expect(QuizAmount.percent(50).minimum(of: 15) == 8)
        #expect(QuizAmount.percent(40).minimum(of: 12) == 5)
        #expect(QuizAmount.items(2).minimum(of: 12) == 2)
    }

    @Test("a blueprint the model cannot fill stops the quiz, naming the skill and what to add to model.yaml")
    func unmetBlueprintNamesWhatIsMissing() throws {
        var settings = QuizSettings(count: 4)
        settings.blueprint = QuizBlueprint(skills: [.counterargument: .items(1), .recall: .items(3)])
        let audience = FixtureArticle.audience(quiz: settings)
        do {
            _ = try QuizFixtures.quiz(audience: audience)
            Issue.record("the fixture has no opposing view: the blueprint cannot be met")
        } catch let error as QuizBlueprintError {
            #expect(error.problems.count == 1)
            #expect(error.messages[0].contains("templates/test/audience.yaml"))
            #expect(error.messages[0].contains("a form needs 1 counterargument item, but the model supplies 0"))
            #expect(error.messages[0].contains("type attacks"))
        }
    }

    @Test("a DOK target the model cannot reach is named with the items that would reach it")
    func unmetDOK() throws {
        var settings = QuizSettings(count: 3, types: [.whoSaidIt: 1])
        settings.blueprint = QuizBlueprint(skills: [.recall: .items(3)], atLeastDOK3: .items(1))
        do {
            _ = try QuizFixtures.quiz(audience: FixtureArticle.audience(quiz: settings))
            Issue.record("recall items are DOK 1: the DOK 3 target cannot be met")
        } catch let error as QuizBlueprintError {
            #expect(error.problems.contains { $0.contains("items at DOK 3 or more") && $0.contains("two-part") })
        }
    }
}
