import PacketModel
import Testing

@Suite("Quiz answers")
struct QuizItemTests {
    func item(_ answer: QuizAnswer, options: [String] = []) -> QuizItem {
        QuizItem(id: "q", type: .multipleChoice, skill: .recall, dok: 1, stem: "?", options: options, answer: answer,
                 explanation: "", paragraph: 1, excerpt: "", bloom: .remember)
    }

    @Test("a choice is keyed by its letter and accepted in any case with spaces around it")
    func choice() {
        let q = item(.choice(2), options: ["a", "b", "c"])
        #expect(q.responseKey == "C")
        #expect(q.responseChoices == ["A", "B", "C"])
        #expect(q.accepts(" c "))
        #expect(!q.accepts("B"))
    }

    @Test("a number is accepted within its tolerance and not outside it")
    func number() {
        let q = item(.number(value: 18, tolerance: 1))
        #expect(q.responseKey == "18")
        #expect(q.accepts("17") && q.accepts("19") && q.accepts("18.5"))
        #expect(!q.accepts("20") && !q.accepts("eighteen"))
    }

    @Test("short answers accept any listed answer, ignoring case")
    func text() {
        let q = item(.text(accepted: ["Mosul", "Al Mosul"]))
        #expect(q.responseKey == "Mosul")
        #expect(q.accepts("mosul") && q.accepts("AL MOSUL"))
        #expect(!q.accepts("Raqqa"))
    }

    @Test("matching is keyed by the letters of the matches in prompt order")
    func matching() {
        let q = item(.matching([MatchPair(prompt: "1", match: "y"), MatchPair(prompt: "2", match: "x")]), options: ["x", "y"])
        #expect(q.responseKey == "BA")
        #expect(q.accepts("ba") && !q.accepts("AB"))
    }

    @Test("ordering is keyed by the letters in the correct order")
    func ordering() {
        let q = item(.ordering([2, 0, 1]), options: ["b", "c", "a"])
        #expect(q.responseKey == "CAB")
    }

    @Test("a two-part item is keyed by one letter per part, worth 2, and earns 1 for Part A alone")
    func twoPart() {
        let q = item(.parts([1, 3]))
        #expect(q.responseKey == "BD")
        #expect(q.points == 2)
        #expect(q.score("bd") == 2 && q.accepts(" BD "))
        #expect(q.score("BA") == 1 && !q.accepts("BA"))
        #expect(q.score("AD") == 0 && q.score("") == 0)
        #expect(q.responseChoices == nil)
    }

    @Test("an essay is worth its rubric's total")
    func rubricPoints() {
        var q = item(.rubric)
        q.rubric = [RubricCriterion(criterion: "a", points: 3, description: "x"), RubricCriterion(criterion: "b", points: 5, description: "y")]
        #expect(q.points == 8)
        #expect(item(.choice(0), options: ["a", "b"]).points == 1)
    }

    @Test("rubric-marked items have no key and accept nothing automatically")
    func rubric() {
        let q = item(.rubric)
        #expect(q.responseKey == nil)
        #expect(!q.accepts(""))
    }
}
