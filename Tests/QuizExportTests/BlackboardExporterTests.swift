import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

struct TSVRead: Decodable {
    var headers: [String]
    var rows: [[String]]
}

@Suite("Blackboard export", .requires(.python3))
struct BlackboardExporterTests {
    let output: RenderOutput
    let read: TSVRead

    init() throws {
        output = try BlackboardExporter().render(FixtureBank.input)
        let file = try #require(output.files.first)
        read = try PythonReader.read(TSVRead.self, script: "read_tsv.py", data: file.data, name: "quiz.blackboard.txt")
    }

    @Test("writes one row per bank item with the Blackboard type code first")
    func rowsAndTypes() {
        #expect(output.files.map(\.path) == ["teacher/quiz.blackboard.txt"])
        #expect(read.rows.map { $0[0] } == ["MC", "TF", "NUM", "MAT", "ORD", "FIB", "MC", "MC", "MC", "ESS", "MC", "MC"])
        #expect(output.notes.contains { $0.contains("holds no feedback or points") })
        #expect(output.notes.contains { $0.contains("tp1") && $0.contains("two linked questions") })
    }

    @Test("gives each row the number of fields its type needs, so no text split a row")
    func fieldCounts() {
        let expected = LinkedParts.expanded(FixtureBank.items).map { item -> Int in
            guard case .success(let shape) = ItemShape.of(item) else { return 0 }
            return BlackboardExporter.row(item, shape).count
        }
        #expect(read.rows.map(\.count) == expected)
        #expect(read.rows[0].count == 2 + 2 * FixtureBank.items[0].options.count)
    }

    @Test("keeps quotes, <, &, braces and non-ASCII text unchanged and turns tabs into spaces")
    func textRoundTrips() {
        #expect(read.rows[0][1] == FixtureBank.items[0].stem)
        #expect(Array(read.rows[0][2...].enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
                == FixtureBank.items[0].options)
        #expect(read.rows[0][7] == "correct")
        #expect(read.rows[5][1] == "Which city was liberated on July 9?")
        // An essay's rubric is not its example answer, which Blackboard can show students.
        #expect(read.rows[9] == ["ESS", FixtureBank.items[9].stem])
    }

    @Test("writes answers the way Blackboard expects: true/false, value and tolerance, pairs, order, accepted")
    func answers() {
        #expect(read.rows[1] == ["TF", FixtureBank.items[1].stem, "false"])
        #expect(read.rows[2] == ["NUM", FixtureBank.items[2].stem, "18", "1"])
        #expect(read.rows[3][2...4] == ["Nagata", "Army general", "al-Adnani"])
        #expect(Array(read.rows[4][2...]) == ["ISIS captures Mosul", "Adnani's sermon", "The Nice attack", "Mosul is liberated"])
        #expect(Array(read.rows[5][2...]) == ["Mosul", "the city of Mosul"])
    }
}
