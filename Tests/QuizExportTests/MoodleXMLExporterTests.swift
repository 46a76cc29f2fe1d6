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
}

@Suite("Moodle XML export", .requires(.lxml))
struct MoodleXMLExporterTests {
    let output: RenderOutput
    let questions: [MoodleQuestion]

    init() throws {
        output = try MoodleXMLExporter().render(FixtureBank.input)
        let file = try #require(output.files.first)
        questions = try PythonReader.read([MoodleQuestion].self, script: "read_moodle_xml.py", data: file.data,
                                          name: "quiz.moodle.xml")
    }

    func question(_ id: String) throws -> MoodleQuestion {
        try #require(questions.first { $0.name == id })
    }

    @Test("is well-formed XML that lxml reads as one question per bank item, each after its category")
    func wellFormed() {
        #expect(output.files.map(\.path) == ["teacher/quiz.moodle.xml"])
        let named = questions.filter { $0.type != "category" }
        #expect(named.compactMap(\.name) == FixtureBank.items.map(\.id))
        #expect(questions.first?.type == "category")
        #expect(questions.filter { $0.type == "category" }.count == Set(FixtureBank.items.map(\.type)).count)
        #expect(named.allSatisfy { $0.questionformat == "plain_text" })
    }

    @Test("maps item types to multichoice, truefalse, numerical, matching, shortanswer and essay")
    func types() {
        let types = Dictionary(uniqueKeysWithValues: questions.compactMap { q in q.name.map { ($0, q.type) } })
        #expect(types == ["mc1": "multichoice", "tf1": "truefalse", "num1": "numerical", "match1": "matching",
                          "ord1": "matching", "sa1": "shortanswer", "who1": "multichoice", "fo1": "multichoice",
                          "ce1": "multichoice", "ess1": "essay"])
    }

    @Test("keeps quotes, tabs, line breaks, <, &, ]]> and non-ASCII text unchanged")
    func textRoundTrips() throws {
        for item in FixtureBank.items {
            let q = try question(item.id)
            if item.type == .ordering { #expect(q.questiontext?.hasPrefix(item.stem) == true) }
            else { #expect(q.questiontext == item.stem) }
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
        #expect(try question("ord1").subquestions?.map { $0[1] } == ["1", "2", "3", "4"])
        #expect(try question("tf1").answers?.map(\.fraction) == [0, 100])
        #expect(try question("sa1").answers?.compactMap(\.text) == ["Mosul", "the city of Mosul"])
        #expect(try question("ess1").graderinfo == FixtureBank.items[9].rubricText)
    }
}
