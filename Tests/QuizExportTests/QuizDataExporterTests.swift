import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

@Suite("teacher/quiz.json")
struct QuizDataExporterTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/quiz.schema.json")

    let output: RenderOutput
    let json: [String: Any]

    init() throws {
        output = try QuizDataExporter().render(FixtureBank.input)
        let file = try #require(output.files.first)
        json = try #require(try JSONSerialization.jsonObject(with: file.data) as? [String: Any])
    }

    var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
    func item(_ id: String) throws -> [String: Any] { try #require(items.first { $0["id"] as? String == id }) }

    /// Validates `data` against seeds/quiz.schema.json with Python's jsonschema; the errors, if any.
    static func schemaErrors(_ data: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-\(UUID().uuidString).json")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Subprocess.run("python3", ["-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            for e in jsonschema.Draft202012Validator(schema).iter_errors(doc): print("/".join(map(str, e.path)), e.message)
            """, schema.path, file.path])
        return run.status == 0 ? run.stdout : "python failed: \(run.stderr)"
    }

    @Test("writes teacher/quiz.json that validates against seeds/quiz.schema.json")
    func validates() throws {
        #expect(output.files.map(\.path) == ["teacher/quiz.json"])
        #expect(try Self.schemaErrors(try #require(output.files.first).data) == "")
    }

    @Test("the schema rejects an item with an unknown skill or a DOK of 5, so the check can fail")
    func schemaIsStrict() throws {
        var broken = json
        var list = items
        list[0]["skill"] = "memory"
        list[1]["dok"] = 5
        broken["items"] = list
        let errors = try Self.schemaErrors(try JSONSerialization.data(withJSONObject: broken))
        #expect(errors.contains("0/skill") && errors.contains("1/dok"))
    }

    @Test("holds the article, the audience, each form's ids in order and every bank item")
    func shape() throws {
        #expect(json["article"] as? String == "isis-after-mosul")
        #expect(json["audience"] as? String == "high-school")
        let forms = try #require(json["forms"] as? [String: [String]])
        #expect(forms["A"] == FixtureBank.items.map(\.id))
        #expect(forms["B"] == FixtureBank.items.reversed().map(\.id))
        #expect(items.map { $0["id"] as? String } == FixtureBank.items.map(\.id))
    }

    @Test("each item carries its type, skill, DOK, points, key, paragraphs and support")
    func itemFields() throws {
        let mc = try item("mc1")
        #expect(mc["type"] as? String == "multiple-choice" && mc["skill"] as? String == "vocabulary")
        #expect(mc["dok"] as? Int == 2 && mc["points"] as? Int == 1 && mc["key"] as? String == "C")
        #expect(mc["paragraphs"] as? [Int] == [3] && mc["support"] as? [String] == ["a < b"])
        let essay = try item("ess1")
        #expect(essay["key"] is NSNull && essay["points"] as? Int == 5)
        #expect((essay["rubric"] as? [[String: Any]])?.count == 2)
        let twoPart = try item("tp1")
        #expect(twoPart["type"] as? String == "two-part" && twoPart["key"] as? String == "BB" && twoPart["points"] as? Int == 2)
        let parts = try #require(twoPart["parts"] as? [[String: Any]])
        #expect(parts.map { $0["label"] as? String } == ["Part A", "Part B"])
        #expect(parts[0]["stem"] as? String == "Which statement best expresses the author’s central claim?")
        #expect(try item("num1")["tolerance"] as? Double == 1)
        #expect(try item("sa1")["accept"] as? [String] == ["the city of Mosul"])
    }
}
