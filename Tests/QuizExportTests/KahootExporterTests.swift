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
            QuizItem(id: "long1", type: .multipleChoice, stem: longStem,
                     options: ["=SUM(A1:A2)", "+1 more", "-minus", "@home"], answer: .choice(0), explanation: "x",
                     paragraph: 1, excerpt: "x", bloom: .remember),
        ]
        return input
    }

    let output: RenderOutput
    let read: XLSXRead

    init() throws {
        output = try KahootExporter().render(Self.input)
        let file = try #require(output.files.first)
        read = try PythonReader.read(XLSXRead.self, script: "read_xlsx.py", data: file.data, name: "quiz.kahoot.xlsx")
    }

    var questionRows: [XLSXRead.Row] { read.rows.filter { $0.row > KahootExporter.headerRow + 1 } }

    @Test("puts the template's column headers on row 8 and one question a row from row 9")
    func layout() throws {
        let header = try #require(read.rows.first { $0.row == 8 })
        #expect(header.cells.map(\.value) == KahootExporter.headers.map { .text($0) })
        #expect(questionRows.map(\.row) == Array(9..<(9 + questionRows.count)))
    }

    @Test("holds only choice items with up to four answers and notes every item left out")
    func leftOut() {
        #expect(questionRows.count == 5)
        #expect(output.notes.contains("quiz.kahoot.xlsx: left out 5 items (numeric, matching, ordering, short-answer, essay)"))
        #expect(output.notes.contains("quiz.kahoot.xlsx: left out item ce1 (more than 4 answers)"))
        #expect(output.notes.contains("quiz.kahoot.xlsx: shortened 1 item to Kahoot's limits (questions 120 characters, answers 75): long1"))
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

    @Test("keeps text starting with = + - @ as text cells and cuts a long question to 120 characters")
    func formulaSafeAndLimits() throws {
        let long = try #require(questionRows.last)
        #expect(long.cells[2...5].map(\.value) == ["=SUM(A1:A2)", "+1 more", "-minus", "@home"].map { .text($0) })
        #expect(long.cells[2...5].allSatisfy { $0.type == "s" })
        guard case .text(let question) = long.cells[1].value else { Issue.record("question is not text"); return }
        #expect(question.count <= KahootExporter.questionLimit)
        #expect(question.hasSuffix("…"))
        #expect(Self.longStem.hasPrefix(String(question.dropLast())))
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
