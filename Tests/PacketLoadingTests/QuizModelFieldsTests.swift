import Foundation
import PacketLoading
import PacketModel
import Testing

/// The model fields quizzes need (issue 13): people in the article's own words, craft notes, and
/// statistics and events with their own question wording.
@Suite("Quiz fields of the model")
struct QuizModelFieldsTests {
    static let quizFields = Fixture.model
        .replacingOccurrences(of: "  - { id: ruiz, name: Ana Ruiz, aliases: [Ruiz], role: Critic }",
                              with: "  - { id: ruiz, name: Ana Ruiz, aliases: [Ruiz], role: Critic, described_as: \"Critics—including Ana Ruiz\" }")
        .replacingOccurrences(of: "    measures: marchers\n", with: "    measures: marchers\n    figurative: true\n")
        .replacingOccurrences(of: "    measures: share of voters who agreed\n",
                              with: "    measures: share of voters who agreed\n    does_not_show: \"It counts voters, not residents.\"\n    ask: \"What share of voters agreed?\"\n")
        .replacingOccurrences(of: "    description: A march.\n", with: "    description: A march.\n    ask: \"When did the march happen?\"\n")
        + """
        craft:
          - { id: k-waste, words: "a waste", device: loaded-word, effect: "It dismisses the plan.", neutral: "costly", excerpt: "it was “a waste of money" }

        """

    @Test("described_as, craft notes, does_not_show, figurative and ask load, each located in the article")
    func loads() throws {
        let result = try Fixture(model: Self.quizFields).load()
        #expect(result.diagnostics.map(\.description) == [])
        let model = try result.get()
        let ruiz = try #require(model.person("ruiz"))
        #expect(ruiz.describedAs == "Critics—including Ana Ruiz")
        #expect(ruiz.describedAsLocation.flatMap { model.words(at: $0) } == "Critics—including Ana Ruiz")
        #expect(model.craft.first?.location?.paragraph == 2 && model.craft.first?.device == .loadedWord)
        #expect(model.statistics[0].doesNotShow == "It counts voters, not residents.")
        #expect(model.statistics[0].ask == "What share of voters agreed?")
        #expect(model.statistics[1].figurative && !model.statistics[1].isAskedAsNumber)
        #expect(model.events[0].ask == "When did the march happen?")
    }

    @Test("a described_as the article does not contain is an error at its line, with the closest passage")
    func describedAsNotFound() throws {
        let model = try #require(Fixture.model(replacing: "role: Critic }", with: "role: Critic, described_as: \"a fierce critic\" }"))
        let problems = try Fixture(model: model).diagnostics()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("demo/model.yaml:52:") == true)
        #expect(problems.first?.contains("error: described_as of 'ruiz' is not in the article: it must be the article's own words about them") == true)
    }

    @Test("a craft note whose words are not within its excerpt is an error at the words")
    func craftWordsOutsideExcerpt() throws {
        let model = Fixture.model + """
        craft:
          - id: k-waste
            words: "costly"
            device: loaded-word
            effect: "It dismisses the plan."
            excerpt: "a waste of money"

        """
        let problems = try Fixture(model: model).diagnostics()
        #expect(problems == ["demo/model.yaml:62:12: error: the words 'costly' of craft note 'k-waste' are not within its excerpt: quote the words in 'excerpt' too"])
    }

    @Test("a question's dok must be 1 to 4 and its skill one of the blueprint's skills")
    func questionSkillAndDOK() throws {
        let model = Fixture.model + """
        questions:
          - { id: q9, kind: essay, prompt: "Why?", bloom: evaluate, skill: wisdom, dok: 5 }

        """
        let problems = try Fixture(model: model).diagnostics()
        #expect(problems.contains { $0.contains("error: 'dok' must be 1, 2, 3 or 4 (Webb's Depth of Knowledge), found 5") })
        #expect(problems.contains { $0.contains("error: 'skill' must be one of central-idea, argument-structure, evidence, counterargument, craft, numbers, vocabulary, recall, found 'wisdom'") })
    }
}
