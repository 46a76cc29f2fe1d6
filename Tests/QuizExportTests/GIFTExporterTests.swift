import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

struct GIFTRead: Decodable {
    struct Question: Decodable {
        var title: String
        var valid: Bool
        var markup: String
        var text: String
        var kind: String
        var feedback: String
        var answers: [String]
        var pairs: [[String]]
        var correct: [Int]
        var number: Double?
        var tolerance: Double?
        var truth: Bool?
    }
    var questions: [Question]
    var categories: [String]
}

@Suite("GIFT export", .requires(.pygiftparser))
struct GIFTExporterTests {
    let output: RenderOutput
    let read: GIFTRead

    init() throws {
        output = try GIFTExporter().render(FixtureBank.input)
        let file = try #require(output.files.first)
        read = try PythonReader.read(GIFTRead.self, script: "read_gift.py", data: file.data, name: "quiz.gift")
    }

    func question(_ id: String) throws -> GIFTRead.Question {
        try #require(read.questions.first { $0.title == id })
    }

    @Test("writes one file, teacher/quiz.gift, that pygiftparser reads as one valid question per bank item")
    func everyItemParses() {
        #expect(output.files.map(\.path) == ["teacher/quiz.gift"])
        #expect(read.questions.map(\.title).sorted() == LinkedParts.expanded(FixtureBank.items).map(\.id).sorted())
        #expect(read.questions.allSatisfy { $0.valid })
        #expect(read.questions.allSatisfy { $0.markup == "plain" })
    }

    @Test("puts each item type in its own $CATEGORY under the article's id")
    func categories() {
        let types = Set(LinkedParts.expanded(FixtureBank.items).map(\.type))
        #expect(read.categories.count == types.count)
        #expect(read.categories.allSatisfy { $0.hasPrefix("$course$/top/isis-after-mosul/") })
        #expect(read.categories.contains("$course$/top/isis-after-mosul/Who said it"))
    }

    @Test("escapes ~ = # { } : and backslashes so stems and options come back unchanged")
    func escapingRoundTrips() throws {
        let item = FixtureBank.items[0]
        let q = try question(item.id)
        #expect(q.kind == "SelectSet")
        #expect(q.text == item.stem)
        #expect(q.answers == item.options)
        #expect(q.correct == [2])
        #expect(q.feedback == item.feedback)
    }

    @Test("keeps tabs and writes line breaks as \\n")
    func tabsAndLineBreaks() throws {
        #expect(try question("sa1").text == FixtureBank.items[5].stem)
        let tf = try question("tf1")
        #expect(tf.feedback == FixtureBank.items[1].feedback)
        #expect(tf.feedback.contains("\n"))
        let raw = String(decoding: try #require(output.files.first).data, as: UTF8.self)
        #expect(raw.contains(#"the opposite.\nSee"#))
    }

    @Test("writes true-false as {FALSE}, numbers as {#value:tolerance}, essays as {} with feedback")
    func specialForms() throws {
        #expect(try question("tf1").kind == "TrueFalseSet")
        #expect(try question("tf1").truth == false)
        let num = try question("num1")
        #expect(num.kind == "NumericAnswerSet")
        #expect(num.number == 18 && num.tolerance == 1)
        #expect(try question("ess1").kind == "Essay")
        let raw = String(decoding: try #require(output.files.first).data, as: UTF8.self)
        #expect(raw.contains("{#18:1####"))
        #expect(raw.contains("::ess1::[plain]Does the author convince you"))
    }

    @Test("writes matching pairs, short answers and ordering as matching with places")
    func matchingShortAndOrdering() throws {
        let match = try question("match1")
        #expect(match.kind == "MatchingSet")
        guard case .matching(let pairs) = FixtureBank.items[3].answer else { Issue.record("fixture"); return }
        #expect(match.pairs == pairs.map { [$0.prompt, $0.match] })
        let short = try question("sa1")
        #expect(short.kind == "ShortSet")
        #expect(short.answers == ["Mosul", "the city of Mosul"])
        let order = try question("ord1")
        #expect(order.kind == "MatchingSet")
        #expect(order.pairs == [["ISIS captures Mosul", "1"], ["Adnani's sermon", "2"], ["The Nice attack", "3"],
                                ["Mosul is liberated", "4"]])
    }

    @Test("leaves out a malformed item and says so in the notes")
    func malformedItem() throws {
        var input = FixtureBank.input
        input.quiz.bank.append(QuizItem(id: "bad", type: .multipleChoice, skill: .recall, dok: 1, stem: "?", options: ["a", "b"],
                                        answer: .choice(5), explanation: "", paragraph: 1, excerpt: "",
                                        bloom: .remember))
        let output = try GIFTExporter().render(input)
        #expect(output.notes.first == "quiz.gift: left out item bad (answer is not one of its options)")
        #expect(!String(decoding: try #require(output.files.first).data, as: UTF8.self).contains("::bad::"))
    }

    @Test("an essay's rubric stays out of GIFT (students see its feedback); the manifest says where the rubric is and that GIFT has no points")
    func rubricsPrivate() throws {
        let raw = String(decoding: try #require(output.files.first).data, as: UTF8.self)
        #expect(!raw.contains("Cites two pieces"))
        #expect(try question("ess1").feedback.isEmpty)
        #expect(output.notes.contains { $0.contains("1 essay rubric left out") && $0.contains("teacher/answer-key-*.txt and teacher/quiz.json") })
        #expect(output.notes.contains { $0.contains("GIFT holds no points") && $0.contains("ess1 5") })
        #expect(output.notes.contains { $0.contains("ordering asked as matching") && $0.contains("ord1") })
        #expect(output.notes.contains { $0.contains("tp1") && $0.contains("two linked questions") })
    }
}
