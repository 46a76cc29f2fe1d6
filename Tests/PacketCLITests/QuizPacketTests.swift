import Foundation
import TestHelpers
import Testing

/// Issue 13's "done when", checked on a fresh build of the seeds with independent readers.
@Suite("Quizzes in the built packets", .serialized)
struct QuizPacketTests {
    static let checker = InvalidCase.fixtures.appendingPathComponent("scripts/check_quiz_packets.py").path

    /// One build of the seeds for every test here, with a folder of every built article's model
    /// JSON (`<id>.json`): the checker reads each packet against its own article, not the first seed's.
    static let built: Result<(out: URL, model: URL, articles: [String]), any Error> = Result {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["build", "--out", out.path])
        guard run.status == 0 else { throw BuildFailed(stderr: run.stderr) }
        let models = folder.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        let articles = try FileManager.default.contentsOfDirectory(atPath: out.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        for article in articles {
            let model = try CLI.run(["model", article, "--json"])
            guard model.status == 0 else { throw BuildFailed(stderr: model.stderr) }
            try Data(model.stdout.utf8).write(to: models.appendingPathComponent("\(article).json"))
        }
        return (out, models, articles)
    }

    func build() throws -> (out: URL, model: URL, articles: [String]) { try Self.built.get() }

    struct BuildFailed: Error, CustomStringConvertible {
        var stderr: String
        var description: String { "packet build failed: \(stderr)" }
    }

    @Test("every packet's teacher/quiz.json validates against seeds/quiz.schema.json (Python jsonschema)")
    func quizJSONValidates() throws {
        let (out, _, articles) = try build()
        let files = CLI.snapshot(out).keys.filter { $0.hasSuffix("/teacher/quiz.json") }.sorted()
        #expect(files.count == 4 * articles.count)
        for file in files {
            let python = try Python.run("""
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
                jsonschema.Draft202012Validator.check_schema(schema)
                errors = list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
                for e in errors[:20]: print("/".join(map(str, e.path)), e.message)
                sys.exit(1 if errors else 0)
                """, [CLI.repo.appendingPathComponent("seeds/quiz.schema.json").path, out.appendingPathComponent(file).path])
            #expect(python.status == 0, "\(file): \(python.stdout)\(python.stderr)")
        }
    }

    @Test("form A of every shipped audience meets the issue's blueprint, read from teacher/quiz.json")
    func formAMeetsBlueprint() throws {
        let (out, _, _) = try build()
        let targets: [String: (dok2: Double, dok3: Int, twoPart: Bool, evidence: Int, vocabulary: Int)] = [
            "middle-school": (0.40, 1, true, 1, 2), "high-school": (0.50, 2, true, 2, 3),
            "university": (0.60, 3, true, 2, 4), "policy-staff": (0.75, 2, false, 2, 1),
        ]
        for (audience, target) in targets {
            let data = try Data(contentsOf: out.appendingPathComponent("isis-after-mosul/\(audience)/teacher/quiz.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let items = try #require(json["items"] as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0) })
            let formA = try #require((json["forms"] as? [String: [String]])?["A"]).compactMap { byID[$0] }
            let dok = formA.compactMap { $0["dok"] as? Int }, skills = formA.compactMap { $0["skill"] as? String }
            #expect(Double(dok.filter { $0 >= 2 }.count) >= target.dok2 * Double(formA.count), "\(audience)")
            #expect(dok.filter { $0 >= 3 }.count >= target.dok3, "\(audience)")
            #expect(skills.contains("central-idea"), "\(audience)")
            #expect(skills.filter { $0 == "evidence" }.count >= target.evidence, "\(audience)")
            let vocabulary = skills.filter { $0 == "vocabulary" }.count
            #expect(vocabulary <= target.vocabulary && Double(vocabulary) <= 0.2 * Double(formA.count), "\(audience)")
            #expect(formA.contains { $0["type"] as? String == "two-part" } == target.twoPart, "\(audience)")
        }
    }

    @Test("quotations are the article's, support is word for word, Kahoot is uncut and within 100, essays keep points and private rubrics, Moodle asks ordering")
    func exportsChecked() throws {
        let (out, models, articles) = try build()
        let check = try Subprocess.run("python3", [Self.checker, out.path, models.path])
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.output)")
        #expect(check.stderr.contains("checked \(4 * articles.count) packets"), "\(check.stderr)")
        // The same check finds an invented quotation added to the printed forms: it can fail.
        let tampered = try Subprocess.run("python3", [Self.checker, out.path, models.path, "--tamper"])
        #expect(tampered.status == 1 && tampered.stdout.contains("quoted words not in the article: “an invented quotation”"))
        // Each packet is read against its own article: given another seed's paragraphs, it is refused.
        if let first = articles.first, let other = articles.dropFirst().first {
            let swapped = models.deletingLastPathComponent().appendingPathComponent("swapped")
            try FileManager.default.createDirectory(at: swapped, withIntermediateDirectories: true)
            try Data(contentsOf: models.appendingPathComponent("\(other).json"))
                .write(to: swapped.appendingPathComponent("\(first).json"))
            let wrong = try Subprocess.run("python3", [Self.checker, out.appendingPathComponent(first).path, swapped.path])
            #expect(wrong.status == 1 && wrong.stdout.contains("quoted words not in the article"), "\(wrong.output)")
        }
        for audience in ["high-school", "university"] {
            let xml = try String(contentsOf: out.appendingPathComponent("isis-after-mosul/\(audience)/teacher/quiz.moodle.xml"),
                                 encoding: .utf8)
            #expect(xml.contains("<question type=\"ordering\">"), "\(audience)")
        }
    }

    @Test("the manifest notes every conversion and loss: two-part and ordering items, rubrics, points, Kahoot")
    func manifestNotes() throws {
        let (out, _, _) = try build()
        let data = try Data(contentsOf: out.appendingPathComponent("isis-after-mosul/high-school/manifest.json"))
        let notes = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["notes"] as? [String])
        for expected in ["quiz.gift: ordering asked as matching", "quiz.canvas-qti.zip: ordering asked as matching",
                         "quiz.moodle.xml: ordering items use Moodle's ordering question type", "essay rubric",
                         "GIFT holds no points", "quiz.blackboard.txt: Blackboard's upload format holds no feedback",
                         "quiz.kahoot.xlsx: ", "nothing cut", "became two linked questions"] {
            #expect(notes.contains { $0.contains(expected) }, "no note says: \(expected)")
        }
    }
}
