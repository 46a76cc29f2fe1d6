import Foundation
import TestHelpers
import Testing

@Suite("The seed articles")
struct SeedModelTests {
    @Test("every seed validates with no errors and no warnings")
    func seedsValidateCleanly() throws {
        let run = try CLI.run(["validate"])
        #expect(run.status == 0)
        #expect(run.stderr == "0 errors, 0 warnings\n", "\(run.stderr)")
    }

    @Test("the JSON export of every seed validates against seeds/model.schema.json (Python jsonschema)", .requires(.jsonschema))
    func exportMatchesSchema() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.repo.appendingPathComponent("seeds").path)
            .filter { FileManager.default.fileExists(atPath: CLI.repo.appendingPathComponent("seeds/\($0)/model.yaml").path) }
        #expect(!seeds.isEmpty)
        for seed in seeds {
            let run = try CLI.run(["model", seed, "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            let json = try CLI.temporaryFolder().appendingPathComponent("\(seed).json")
            try Data(run.stdout.utf8).write(to: json)
            let check = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
            for e in errors[:20]: print("/".join(map(str, e.path)), e.message)
            sys.exit(1 if errors else 0)
            """
            let python = try Python.run(check, [CLI.repo.appendingPathComponent("seeds/model.schema.json").path, json.path])
            #expect(python.status == 0, "\(seed): \(python.stdout)\(python.stderr)")
        }
    }

    @Test("the schema rejects an export with an unknown key, so the check can fail", .requires(.jsonschema))
    func schemaIsStrict() throws {
        let run = try CLI.run(["model", "isis-after-mosul", "--json"])
        var object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        object["colour"] = "red"
        let json = try CLI.temporaryFolder().appendingPathComponent("bad.json")
        try JSONSerialization.data(withJSONObject: object).write(to: json)
        let python = try Python.run("""
            import json, sys, jsonschema
            jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
            """, [CLI.repo.appendingPathComponent("seeds/model.schema.json").path, json.path])
        #expect(python.status != 0)
    }
}

/// Runs a Python snippet with arguments.
enum Python {
    static func run(_ code: String, _ arguments: [String]) throws -> CLI.Run {
        try CLI.launch(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", code] + arguments)
    }
}
