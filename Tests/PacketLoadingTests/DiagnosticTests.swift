import Foundation
import PacketLoading
import PacketModel
import Testing

/// One broken variant of the fixture model and the exact diagnostic it must produce.
struct BrokenModel: CustomTestStringConvertible, Sendable {
    let name: String
    let old: String
    let new: String
    let expected: String

    var testDescription: String { name }

    static let all: [BrokenModel] = [
        .init(name: "YAML syntax error", old: "tags: [city]", new: "tags: [city",
              expected: "demo/model.yaml:7:7: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence"),
        .init(name: "unknown key", old: "  tags: [city]", new: "  tags: [city]\n  colour: red",
              expected: "demo/model.yaml:7:3: error: unknown key 'colour' in metadata; allowed keys: title, dek, outlet, author, genre, published, language, tags, advisory, source_note"),
        .init(name: "wrong type", old: "tier: 2", new: "tier: two",
              expected: "demo/model.yaml:59:94: error: 'tier' must be a whole number, found 'two'"),
        .init(name: "value not in the allowed set", old: "kind: opinion", new: "kind: opinon",
              expected: "demo/model.yaml:18:11: error: 'kind' must be one of fact, opinion, prediction, value, policy, found 'opinon'"),
        .init(name: "missing required key", old: "    summary: Voter support.\n", new: "",
              expected: "demo/model.yaml:24:5: error: evidence is missing required key 'summary'"),
        .init(name: "duplicate id", old: "id: c1", new: "id: thesis",
              expected: "demo/model.yaml:16:9: error: duplicate id 'thesis' (first used on line 10)"),
        .init(name: "reference to an unknown id", old: "supports: [thesis]", new: "supports: [c9]",
              expected: "demo/model.yaml:27:16: error: unknown claim id 'c9'"),
        .init(name: "reference to an id of the wrong kind", old: "speaker: ruiz", new: "speaker: s1",
              expected: "demo/model.yaml:48:14: error: unknown person id 's1' ('s1' is not a person)"),
        .init(name: "excerpt not in the article", old: "\"18% of voters agreed\"\nstatistics:", new: "\"19% of voters agreed\"\nstatistics:",
              expected: "demo/model.yaml:30:14: error: excerpt of 'e1' is not in the article; closest passage (¶1): \"18% of voters agreed.\""),
        .init(name: "ambiguous excerpt", old: "excerpt: \"marched in June 2016\"", new: "excerpt: \"the\"",
              expected: "demo/model.yaml:57:14: error: excerpt of 'ev1' is found 2 times (¶1, ¶2): quote more words so it is found once"),
        .init(name: "date that does not parse", old: "date: 2016-06", new: "date: 2016-13",
              expected: "demo/model.yaml:55:11: error: 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2016-13'"),
        .init(name: "impossible day", old: "date: 2017-07-10", new: "date: 2017-02-30",
              expected: "demo/model.yaml:5:22: error: 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '2017-02-30'"),
        .init(name: "percentage outside 0–100", old: "value: 18", new: "value: 118",
              expected: "demo/model.yaml:33:12: error: percentage 118 is outside 0–100"),
        .init(name: "range with min greater than max", old: "{ min: 200, max: 900 }", new: "{ min: 900, max: 200 }",
              expected: "demo/model.yaml:39:12: error: range has min 900 greater than max 200"),
        .init(name: "empty text", old: "text: The plan costs too much.", new: "text: \"  \"",
              expected: "demo/model.yaml:17:11: error: 'text' must not be empty"),
        .init(name: "layout line outside the article", old: "photo_credit: [3]", new: "photo_credit: [30]",
              expected: "demo/model.yaml:7:37: error: layout photo_credit names line 30, but demo/article.txt has 8 lines"),
        .init(name: "resolved date without its phrase", old: "description: A march.", new: "description: A march.\n    basis: resolved",
              expected: "demo/model.yaml:57:12: error: event 'ev1' has basis 'resolved' but no 'phrase' (the words the date was worked out from)"),
        .init(name: "entity the article never names", old: "name: Ana Ruiz, aliases: [Ruiz]", new: "name: Bo Lind",
              expected: "demo/model.yaml:52:23: warning: person 'ruiz': neither its name nor an alias appears in the body text; add the words the article uses to 'aliases'"),
    ]
}

@Suite("Model diagnostics")
struct DiagnosticTests {
    @Test("each kind of problem is reported with its exact message and position", arguments: BrokenModel.all)
    func reportsProblem(_ broken: BrokenModel) throws {
        let model = try #require(Fixture.model(replacing: broken.old, with: broken.new), "the fixture lacks \(broken.old)")
        let fixture = try Fixture(model: model)
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.contains(broken.expected), "got: \(diagnostics)")
    }

    @Test("every problem of a model is reported in one run, sorted by line")
    func reportsAllAtOnce() throws {
        var model = Fixture.model
        for broken in [BrokenModel.all[1], BrokenModel.all[3], BrokenModel.all[12]] {
            model = model.replacingOccurrences(of: broken.old, with: broken.new)
        }
        let result = try Fixture(model: model).load()
        #expect(result.errors.count == 3)
        #expect(result.diagnostics.map(\.line) == result.diagnostics.map(\.line).sorted())
        #expect(result.model == nil)
        #expect(throws: DiagnosticsError.self) { try result.get() }
    }

    @Test("a missing article file is an error naming it")
    func missingArticle() throws {
        let fixture = try Fixture()
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("article.txt"))
        #expect(fixture.diagnostics() == ["demo/article.txt: error: article file not found"])
    }

    @Test("an empty article file is an error")
    func emptyArticle() throws {
        #expect(try Fixture(article: Data("\n  \n".utf8)).diagnostics() == ["demo/article.txt: error: the article file is empty"])
    }

    @Test("an article that is not UTF-8 is an error naming the line")
    func notUTF8() throws {
        let latin1 = Data("Title\n\nCaf".utf8) + Data([0xE9]) + Data(" au lait\n".utf8)
        #expect(try Fixture(article: latin1).diagnostics()
            == ["demo/article.txt:3: error: the article file is not valid UTF-8 (byte 0xE9 on this line); save it as UTF-8"])
    }

    @Test("a binary article file is an error")
    func binaryArticle() throws {
        let binary = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        let diagnostics = try Fixture(article: binary).diagnostics()
        #expect(diagnostics == ["demo/article.txt:3: error: the article file looks binary (it contains a NUL byte); expected plain UTF-8 text"])
    }

    @Test("a missing model file is an error that suggests a draft")
    func missingModel() throws {
        let fixture = try Fixture()
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("model.yaml"))
        #expect(fixture.diagnostics() == ["demo/model.yaml: error: model file not found (write one, or start with `packet draft`)"])
    }
}
