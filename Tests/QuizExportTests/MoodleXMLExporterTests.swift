import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

struct MoodleQuestion: Decodable {
    struct Answer: Decodable {
        var fraction: Double
        var text: String?
        var tolerance: String?
    }
    var type: String
    var category: String?
    var name: String?
    var questiontext: String?
    var questionformat: String?
    var generalfeedback: String?
    var shuffleanswers: String?
    var answers: [Answer]?
    var subquestions: [[String]]?
    var graderinfo: String?
    var defaultgrade: String?
    var selecttype: String?
    var gradingtype: String?
}

@Suite("Moodle XML export", .requires(.lxml))
struct MoodleXMLExporterTests {
    let output: RenderOutput
    let questions: [MoodleQuestion]
    /// The bank as exported: the two-part item as its two linked parts.
    let exported = LinkedParts.expanded(FixtureBank.items)

    init() throws {
        output = try MoodleXMLExporter().render(FixtureBank.input)
        questions = try Self.read(output)
    }

    static func read(_ output: RenderOutput) throws -> [MoodleQuestion] {
        let file = try #require(output.files.first)
        return try PythonReader.read([MoodleQuestion].self, script: "read_moodle_xml.py", data: file.data, name: "quiz.moodle.xml")
    }

    func question(_ id: String) throws -> MoodleQuestion {
        try #require(questions.first { $0.name == id })
    }

    @Test("is well-formed XML that lxml reads as one question per bank item, each after its category")
    func wellFormed() {
        #expect(output.files.map(\.path) == ["teacher/quiz.moodle.xml"])
        let named = questions.filter { $0.type != "category" }
        #expect(Set(named.compactMap(\.name)) == Set(exported.map(\.id)))
        #expect(questions.first?.type == "category")
        #expect(questions.filter { $0.type == "category" }.count == Set(exported.map(\.type)).count)
        #expect(named.allSatisfy { $0.questionformat == "plain_text" })
    }

    @Test("maps item types to multichoice, truefalse, numerical, matching, ordering, shortanswer and essay")
    func types() {
        let types = Dictionary(uniqueKeysWithValues: questions.compactMap { q in q.name.map { ($0, q.type) } })
        #expect(types == ["mc1": "multichoice", "tf1": "truefalse", "num1": "numerical", "match1": "matching",
                          "ord1": "ordering", "sa1": "shortanswer", "who1": "multichoice", "fo1": "multichoice",
                          "ce1": "multichoice", "ess1": "essay", "tp1.part-a": "multichoice", "tp1.part-b": "multichoice"])
    }

    @Test("keeps quotes, tabs, line breaks, <, &, ]]> and non-ASCII text unchanged")
    func textRoundTrips() throws {
        for item in exported {
            let q = try question(item.id)
            #expect(q.questiontext == item.stem)
            #expect(q.generalfeedback ?? "" == item.feedback)
        }
        let mc = try question("mc1")
        #expect(mc.answers?.compactMap(\.text) == FixtureBank.items[0].options)
        #expect(mc.answers?.map(\.fraction) == [0, 0, 100, 0])
        #expect(mc.shuffleanswers == "true")
    }

    @Test("writes the numeric tolerance, the matching pairs and the essay rubric as grader information")
    func details() throws {
        let num = try question("num1")
        #expect(num.answers?.first?.text == "18" && num.answers?.first?.tolerance == "1")
        let match = try question("match1")
        #expect(match.shuffleanswers == "true")
        guard case .matching(let pairs) = FixtureBank.items[3].answer else { Issue.record("fixture"); return }
        #expect(match.subquestions == pairs.map { [$0.prompt, $0.match] })
        #expect(try question("tf1").answers?.map(\.fraction) == [0, 100])
        #expect(try question("sa1").answers?.compactMap(\.text) == ["Mosul", "the city of Mosul"])
        #expect(try question("ess1").graderinfo == FixtureBank.items[9].rubricText)
    }

    @Test("an essay is worth its rubric's points; its rubric is grader information, never feedback")
    func essayPoints() throws {
        let essay = try question("ess1")
        #expect(essay.defaultgrade == "5")
        #expect(essay.generalfeedback?.contains("Cites two pieces") != true)
        #expect(try question("mc1").defaultgrade == "1")
    }

    @Test("ordering items are Moodle ordering questions: the items in their correct order, all shown, all or nothing")
    func orderingQuestion() throws {
        let q = try question("ord1")
        guard case .ordering(let order) = FixtureBank.items[4].answer else { Issue.record("fixture"); return }
        #expect(q.answers?.compactMap(\.text) == order.map { FixtureBank.items[4].options[$0] })
        #expect(q.answers?.map(\.fraction) == [1, 2, 3, 4])
        #expect(q.selecttype == "ALL" && q.gradingtype == "ALL_OR_NOTHING")
        #expect(output.notes.contains { $0.contains("ordering question type") && $0.contains("ord1") })
    }

    @Test("with quiz.moodle_ordering: matching, ordering items become matching questions, and the manifest says so")
    func orderingFallback() throws {
        var input = FixtureBank.input
        input.audience.quiz.moodleOrdering = .matching
        let fallback = try MoodleXMLExporter().render(input)
        let q = try #require(try Self.read(fallback).first { $0.name == "ord1" })
        #expect(q.type == "matching")
        #expect(q.subquestions?.map { $0[1] } == ["1", "2", "3", "4"])
        #expect(fallback.notes.contains { $0.contains("ordering asked as matching") && $0.contains("ord1") })
    }

    @Test("a two-part item becomes two linked questions, Part B repeating Part A's question, and the manifest says so")
    func twoPartLinked() throws {
        let a = try question("tp1.part-a"), b = try question("tp1.part-b")
        #expect(a.questiontext?.hasPrefix("Part A of 2.") == true)
        #expect(b.questiontext?.hasPrefix("Part B of 2. Part A asked: Which statement best expresses") == true)
        #expect(a.answers?.map(\.fraction) == [0, 100, 0] && b.answers?.map(\.fraction) == [0, 100, 0])
        #expect(output.notes.contains { $0.contains("tp1") && $0.contains("two linked questions") })
    }
}
