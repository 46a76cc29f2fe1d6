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

    init(name: String, old: String, new: String, appending: String = "", expected: String) {
        self.name = name; self.old = old; self.new = new; self.appending = appending; self.expected = expected
    }

    /// Text added at the end of the model as well (for a second change).
    var appending: String = ""

    static let all: [BrokenModel] = [
        .init(name: "YAML syntax error", old: "tags: [city]", new: "tags: [city",
              expected: "demo/model.yaml:7:7: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence"),
        .init(name: "unknown key", old: "  tags: [city]", new: "  tags: [city]\n  colour: red",
              expected: "demo/model.yaml:7:3: error: unknown key 'colour' in metadata; allowed keys: title, dek, outlet, outlet_inferred, author, genre, published, language, tags, advisory, source_note, source"),
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
    ] + teaching

    /// Problems with what the teacher's guide and the student's copy of the article print.
    static let teaching: [BrokenModel] = [
        .init(name: "what happened next dated before publication", old: Self.vocabulary,
              new: Self.vocabulary + "aftermath:\n  - { id: am1, date: 2017-06, description: Later., source: A report. }\n",
              expected: "demo/model.yaml:61:22: error: aftermath event 'am1' is dated 2017-06, before the article was published (2017-07-10): what happened next must come after publication"),
        .init(name: "what happened next that may not be after publication", old: "published: { date: 2017-07-10 }",
              new: "published: { date: 2017-07 }", appending: "aftermath:\n  - { id: am1, date: 2017-07-20, description: Later., source: A report. }\n",
              expected: "demo/model.yaml:61:22: warning: aftermath event 'am1' (2017-07-20) may not come after publication (2017-07): date it more precisely, or leave it out"),
        .init(name: "what happened next bearing on an unknown claim", old: Self.vocabulary,
              new: Self.vocabulary + "aftermath:\n  - { id: am1, date: 2018, description: Later., source: A report., bears_on: [c7] }\n",
              expected: "demo/model.yaml:61:79: error: unknown claim id 'c7'"),
        .init(name: "a span that ends before it starts", old: "date: 2016-06", new: "date: 2016-06\n    until: 2016-05",
              expected: "demo/model.yaml:56:12: error: event 'ev1': 'until' 2016-05 must come after 'date' 2016-06 (it is the span's last date)"),
        .init(name: "a year-only event beside a precise one of the same year", old: "    excerpt: \"marched in June 2016\"\n",
              new: "    excerpt: \"marched in June 2016\"\n  - { id: ev2, date: 2016, description: Another march., excerpt: \"Several hundred people\" }\n",
              expected: "demo/model.yaml:58:22: warning: event 'ev2' is dated only to 2016, like the more precise 'ev1' (2016-06): where it falls in the year is a guess; give the month you know (with 'article_date: 2016' if the article gives only the year), or a span with 'until'"),
        .init(name: "a source address that is not a web address", old: "  tags: [city]",
              new: "  tags: [city]\n  source: { url: qz.com/123, license: CC BY 4.0, retrieved: 2024-05-01 }",
              expected: "demo/model.yaml:7:18: error: 'url' must be a web address starting with http:// or https://, with no spaces, found 'qz.com/123'"),
        .init(name: "a retrieval date that is not a full date", old: "  tags: [city]",
              new: "  tags: [city]\n  source: { url: https://example.org/a, license: CC BY 4.0, retrieved: 2024-05 }",
              expected: "demo/model.yaml:7:72: error: 'retrieved' must be a full date (YYYY-MM-DD), found 2024-05"),
        .init(name: "a retrieval date before publication", old: "  tags: [city]",
              new: "  tags: [city]\n  source: { url: https://example.org/a, license: CC BY 4.0, retrieved: 2017-07-01 }",
              expected: "demo/model.yaml:7:72: error: 'retrieved' 2017-07-01 is before the article was published (2017-07-10)"),
        .init(name: "an inferred outlet with no note", old: "outlet: The Daily", new: "outlet: The Daily\n  outlet_inferred: true",
              expected: "demo/model.yaml:4:20: warning: an inferred outlet should have a 'source_note' saying how it was inferred"),
        .init(name: "a claim that opens with a pronoun", old: "text: The plan costs too much.", new: "text: His plan costs too much.",
              expected: "demo/model.yaml:17:11: warning: claim 'c1': 'text' opens with 'His' before naming anyone, but claims are shown on their own (in lists, quizzes, organizers): name the person"),
        .init(name: "a question that calls an unnamed author he", old: Self.vocabulary,
              new: Self.vocabulary + Self.question(prompt: "Does the author prove his case?", answer: "Partly."),
              expected: "demo/model.yaml:63:13: warning: question 'dq1': 'prompt' calls the author 'his', but the article names no author: write 'the author' or 'they'"),
        .init(name: "a question with no model answer", old: Self.vocabulary,
              new: Self.vocabulary + Self.question(prompt: "Does the author prove the case?", answer: nil),
              expected: "demo/model.yaml:61:5: warning: question 'dq1' has no 'model_answer': the teacher's guide needs what a full-marks answer says"),
        .init(name: "a model answer quoting words the article does not use", old: Self.vocabulary,
              new: Self.vocabulary + Self.question(prompt: "Is the plan too costly?", answer: "Ruiz calls it “a waste of time”."),
              expected: "demo/model.yaml:67:19: warning: question 'dq1': 'model_answer' quotes “a waste of time”, which is not in the article: words in quotation marks must be the article's exact words"),
        .init(name: "a hidden name with nothing to say instead", old: "role: Critic }", new: "role: Critic, sensitive: [perpetrator-name] }",
              expected: "demo/model.yaml:52:75: warning: person 'ruiz' is tagged 'perpetrator-name' but has no 'refer_as': audiences that hide the name need words to use instead (e.g. \"the Orlando attacker\")"),
    ]

    static let vocabulary = "  - { id: v1, term: critics, definition: People who find fault., part_of_speech: noun, tier: 2 }\n"

    static func question(prompt: String, answer: String?) -> String {
        "questions:\n  - id: dq1\n    kind: discussion\n    prompt: \(prompt)\n    bloom: evaluate\n"
            + "    rubric:\n      - { criterion: Uses evidence, points: 4, description: Cites a paragraph. }\n"
            + (answer.map { "    model_answer: \($0)\n" } ?? "")
    }
}

@Suite("Model diagnostics")
struct DiagnosticTests {
    @Test("each kind of problem is reported with its exact message and position", arguments: BrokenModel.all)
    func reportsProblem(_ broken: BrokenModel) throws {
        let model = try #require(Fixture.model(replacing: broken.old, with: broken.new), "the fixture lacks \(broken.old)")
        let fixture = try Fixture(model: model + broken.appending)
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
