import PacketModel
import Testing

@Suite("Quiz answers")
struct QuizItemTests {
    func item(_ answer: QuizAnswer, options: [String] = []) -> QuizItem {
        QuizItem(id: "q", type: .multipleChoice, stem: "?", options: options, answer: answer,
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

    @Test("rubric-marked items have no key and accept nothing automatically")
    func rubric() {
        let q = item(.rubric)
        #expect(q.responseKey == nil)
        #expect(!q.accepts(""))
    }
}
