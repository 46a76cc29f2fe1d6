import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

struct CanvasRead: Decodable {
    struct Item: Decodable {
        var title: String
        var type: String
        var text: String
        var choices: [String]
        var prompts: [String]
        var correct: [String]
        var feedback: String
        var range: [String]
        var points: String?
    }
    var entries: [String]
    var quiz_id: String
    var dates: [String]
    var title: String
    var shuffle: String?
    var points: String?
    var items: [Item]
}

@Suite("Canvas QTI export", .requires(.lxml))
struct CanvasQTIExporterTests {
    let output: RenderOutput
    let read: CanvasRead

    init() throws {
        output = try CanvasQTIExporter().render(FixtureBank.input)
        let file = try #require(output.files.first)
        read = try PythonReader.read(CanvasRead.self, script: "read_canvas_qti.py", data: file.data,
                                     name: "quiz.canvas-qti.zip")
    }

    func item(_ id: String) throws -> CanvasRead.Item {
        try #require(read.items.first { $0.title == id })
    }

    @Test("is a zip whose manifest lists the assessment and its meta file, in a fixed order with fixed dates")
    func manifest() {
        #expect(output.files.map(\.path) == ["teacher/quiz.canvas-qti.zip"])
        #expect(read.entries == ["imsmanifest.xml", "\(read.quiz_id)/\(read.quiz_id).xml",
                                 "\(read.quiz_id)/assessment_meta.xml"])
        #expect(read.dates == ["(2000, 1, 1, 0, 0, 0)"])
        #expect(read.shuffle == "true")
        let exported = LinkedParts.expanded(FixtureBank.items)
        #expect(read.points == "\(exported.reduce(0) { $0 + $1.points }).0")
        #expect(read.title.hasPrefix(FixtureBank.article.metadata.title))
    }

    @Test("gives each item the Canvas question type that fits it")
    func types() {
        let types = Dictionary(uniqueKeysWithValues: read.items.map { ($0.title, $0.type) })
        #expect(types == ["mc1": "multiple_choice_question", "tf1": "true_false_question",
                          "num1": "numerical_question", "match1": "matching_question",
                          "ord1": "matching_question", "sa1": "short_answer_question",
                          "who1": "multiple_choice_question", "fo1": "multiple_choice_question",
                          "ce1": "multiple_choice_question", "ess1": "essay_question",
                          "tp1.part-a": "multiple_choice_question", "tp1.part-b": "multiple_choice_question"])
    }

    @Test("keeps stems, choices and feedback unchanged through XML and HTML escaping")
    func textRoundTrips() throws {
        for source in LinkedParts.expanded(FixtureBank.items) where source.type != .ordering {
            let read = try item(source.id)
            #expect(read.text == source.stem)
            #expect(read.feedback == source.feedback)
        }
        let mc = try item("mc1")
        #expect(mc.choices == FixtureBank.items[0].options)
        #expect(mc.correct == [FixtureBank.items[0].options[2]])
    }

    @Test("scores the right answer: true-false, numeric range, short answers and each matching pair")
    func scoring() throws {
        #expect(try item("tf1").correct == ["False"])
        #expect(try item("num1").correct == ["18"])
        #expect(try item("num1").range == ["17", "19"])
        #expect(try item("sa1").correct == ["Mosul", "the city of Mosul"])
        let match = try item("match1")
        guard case .matching(let pairs) = FixtureBank.items[3].answer else { Issue.record("fixture"); return }
        #expect(match.prompts == pairs.map(\.prompt))
        #expect(match.correct == pairs.map(\.match))
        #expect(try item("ord1").correct == ["1", "2", "3", "4"])
        #expect(try item("ess1").correct.isEmpty)
    }

    @Test("an essay is worth its rubric's points and its rubric stays out of the feedback students see")
    func essayPointsAndPrivateRubric() throws {
        let essay = try item("ess1")
        #expect(essay.points == "5.0")
        #expect(try item("mc1").points == "1.0")
        #expect(!essay.feedback.contains("Cites two pieces"))
        #expect(output.notes.contains { $0.contains("essay rubric") && $0.contains("teacher/answer-key-*.txt") })
        #expect(output.notes.contains { $0.contains("ordering asked as matching") && $0.contains("ord1") })
        #expect(output.notes.contains { $0.contains("tp1") && $0.contains("two linked questions") })
    }
}
