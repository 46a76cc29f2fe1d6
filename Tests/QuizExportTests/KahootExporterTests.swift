import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

struct XLSXRead: Decodable {
    enum Value: Decodable, Equatable {
        case text(String), number(Double), empty
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .empty }
            else if let n = try? c.decode(Double.self) { self = .number(n) }
            else { self = .text(try c.decode(String.self)) }
        }
    }
    struct Cell: Decodable {
        var value: Value
        var type: String
        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            value = try c.decode(Value.self)
            type = try c.decode(String.self)
        }
    }
    struct Row: Decodable {
        var row: Int
        var cells: [Cell]
    }
    var title: String
    var rows: [Row]
}

@Suite("Kahoot export", .requires(.openpyxl))
struct KahootExporterTests {
    static let longStem = String(repeating: "How long can a question be before Kahoot cuts it? ", count: 4)

    static var input: RenderInput {
        var input = FixtureBank.input
        input.quiz.bank += [
            QuizItem(id: "long1", type: .multipleChoice, skill: .recall, dok: 1, stem: longStem,
                     shortStem: "How long can a question be?",
                     options: ["=SUM(A1:A2)", "+1 more", "-minus", "@home"], answer: .choice(0), explanation: "x",
                     paragraph: 1, excerpt: "x", bloom: .remember),
            QuizItem(id: "long2", type: .multipleChoice, skill: .recall, dok: 1, stem: longStem,
                     options: ["a", "b", "c"], answer: .choice(0), explanation: "x", paragraph: 1, excerpt: "x",
                     bloom: .remember),
            QuizItem(id: "long3", type: .multipleChoice, skill: .recall, dok: 1, stem: "Short question?",
                     options: [String(repeating: "An answer far too long for Kahoot. ", count: 3), "b", "c"],
                     answer: .choice(0), explanation: "x", paragraph: 1, excerpt: "x", bloom: .remember),
        ]
        return input
    }

    let output: RenderOutput
    let read: XLSXRead

    init() throws {
        output = try KahootExporter().render(Self.input)
        read = try Self.read(output)
    }

    static func read(_ output: RenderOutput) throws -> XLSXRead {
        let file = try #require(output.files.first)
        return try PythonReader.read(XLSXRead.self, script: "read_xlsx.py", data: file.data, name: "quiz.kahoot.xlsx")
    }

    var questionRows: [XLSXRead.Row] { read.rows.filter { $0.row > KahootExporter.headerRow + 1 } }

    @Test("puts the template's column headers on row 8 and one question a row from row 9")
    func layout() throws {
        let header = try #require(read.rows.first { $0.row == 8 })
        #expect(header.cells.map(\.value) == KahootExporter.headers.map { .text($0) })
        #expect(questionRows.map(\.row) == Array(9..<(9 + questionRows.count)))
    }

    @Test("holds only choice items that fit Kahoot's limits uncut, and notes every item left out and why")
    func leftOut() {
        #expect(questionRows.count == 6)
        #expect(output.notes.contains("quiz.kahoot.xlsx: left out 5 items (numeric, matching, ordering, short-answer, essay)"))
        #expect(output.notes.contains("quiz.kahoot.xlsx: left out item ce1 (more than 4 answers)"))
        #expect(output.notes.contains("quiz.kahoot.xlsx: left out 2 items (question longer than 120 characters, with no shorter wording): tp1.part-b, long2"))
        #expect(output.notes.contains("quiz.kahoot.xlsx: left out item long3 (an answer longer than 75 characters)"))
        #expect(output.notes.contains { $0.hasPrefix("quiz.kahoot.xlsx: 6 questions, nothing cut; Kahoot holds no explanations") })
    }

    @Test("keeps question and answers as text, the correct answer's number and an allowed time limit")
    func cells() throws {
        let mc = try #require(questionRows.first)
        let item = FixtureBank.items[0]
        #expect(mc.cells[1].value == .text(item.stem))
        #expect(mc.cells[2...5].map(\.value) == item.options.map { .text($0) })
        #expect(mc.cells[6].value == .number(30))
        #expect(mc.cells[7].value == .number(3))
        let tf = questionRows[1]
        #expect(tf.cells[2...3].map(\.value) == [.text("True"), .text("False")])
        #expect(tf.cells[7].value == .number(2))
    }

    @Test("asks a question too long for Kahoot in its short wording, keeps = + - @ as text, and cuts nothing")
    func shortWordingAndNothingCut() throws {
        let long = try #require(questionRows.last)
        #expect(long.cells[1].value == .text("How long can a question be?"))
        #expect(long.cells[2...5].map(\.value) == ["=SUM(A1:A2)", "+1 more", "-minus", "@home"].map { .text($0) })
        #expect(long.cells[2...5].allSatisfy { $0.type == "s" })
        #expect(output.notes.contains("quiz.kahoot.xlsx: asked in the model's shorter wording: long1"))
        for row in questionRows {
            for cell in row.cells { if case .text(let text) = cell.value { #expect(!text.hasSuffix("…")) } }
        }
    }

    @Test("never writes more than Kahoot's 100 questions and says how many were left out")
    func atMostOneHundred() throws {
        var input = FixtureBank.input
        input.quiz.bank = (1...130).map { n in
            QuizItem(id: "q\(n)", type: .multipleChoice, skill: .recall, dok: 1, stem: "Question \(n)?", options: ["a", "b", "c"],
                     answer: .choice(0), explanation: "x", paragraph: 1, excerpt: "x", bloom: .remember)
        }
        let output = try KahootExporter().render(input)
        let rows = try Self.read(output).rows.filter { $0.row > KahootExporter.headerRow + 1 }
        #expect(rows.count == KahootExporter.rowLimit)
        #expect(output.notes.contains { $0.hasPrefix("quiz.kahoot.xlsx: left out 30 items (past Kahoot's 100 questions): q101, q102") })
    }

    @Test("chooses the allowed time limit nearest the audience's seconds per question")
    func timeLimits() {
        #expect(KahootExporter.timeLimit(30) == 30)
        #expect(KahootExporter.timeLimit(45) == 60)
        #expect(KahootExporter.timeLimit(1) == 5)
        #expect(KahootExporter.timeLimit(1000) == 240)
        #expect(KahootExporter.timeLimit(100) == 90)
    }
}
