import Foundation
import PacketLoading
import PacketModel
import Testing

/// Files saved on Windows (CRLF: Notepad, Word's plain text) or an old Mac (CR), with or without
/// a byte-order mark, read exactly as the same file with LF line ends.
@Suite("Reading Windows and old Mac line ends")
struct LineEndingTests {
    enum Ending: String, CaseIterable, CustomTestStringConvertible {
        case crlf = "\r\n", cr = "\r"
        var testDescription: String { self == .crlf ? "CRLF" : "CR" }
    }

    /// `text` with its LF line ends written as `ending`, after a byte-order mark when `bom`.
    static func saved(_ text: String, _ ending: Ending, bom: Bool = false) -> Data {
        Data(((bom ? "\u{FEFF}" : "") + text.replacingOccurrences(of: "\n", with: ending.rawValue)).utf8)
    }

    @Test("LineEnds makes CRLF and lone CR into LF and drops a leading BOM; line numbers count each kind once",
          arguments: Ending.allCases)
    func lineEnds(_ ending: Ending) {
        let text = String(decoding: Self.saved("one\ntwo\n\nthree", ending, bom: true), as: UTF8.self)
        #expect(LineEnds.normalized(text) == "one\ntwo\n\nthree")
        #expect(LineEnds.normalized("a\r\r\nb\n\rc") == "a\n\nb\n\nc")
        let data = Self.saved("one\ntwo\n\nthree", ending)
        let offset = data.firstRange(of: Data("three".utf8))!.lowerBound
        #expect(LineEnds.line(ofByte: offset, in: data) == 4)
    }

    @Test("an article and model saved with CRLF or CR (with a BOM) load to the same model as with LF",
          arguments: Ending.allCases)
    func articleAndModel(_ ending: Ending) throws {
        let unix = try Fixture().load().get()
        let fixture = try Fixture(model: String(decoding: Self.saved(Fixture.model, ending, bom: true), as: UTF8.self),
                                  article: Self.saved(Fixture.article, ending, bom: true))
        let result = fixture.load()
        #expect(result.diagnostics.map(\.description) == [])
        let windows = try result.get()
        #expect(windows == unix)
        #expect(windows.paragraphs.map(\.line) == [4, 6])
    }

    @Test("errors in a CRLF or CR model and article are on the same line and column as with LF", arguments: Ending.allCases)
    func diagnosticPositions(_ ending: Ending) throws {
        let model = try #require(Fixture.model(replacing: "genre: news", with: "genre: newz"))
        let article = Fixture.article.replacingOccurrences(of: "Several hundred", with: "Several\u{7} hundred")
        let unix = try Fixture(model: model).diagnostics() + (try Fixture(article: Data(article.utf8)).diagnostics())
        let windows = try Fixture(model: String(decoding: Self.saved(model, ending), as: UTF8.self)).diagnostics()
            + (try Fixture(article: Self.saved(article, ending)).diagnostics())
        #expect(windows == unix)
        #expect(unix == [
            "demo/model.yaml:4:10: error: 'genre' must be one of news, opinion, analysis, editorial, speech, science, explainer, found 'newz'",
            "demo/article.txt:7: error: the article file looks binary (1 control character, the first, U+0007, on this line); expected plain UTF-8 text",
        ])
    }

    @Test("the line of a bad UTF-8 byte or a NUL counts CR line ends", arguments: Ending.allCases)
    func binaryLines(_ ending: Ending) {
        var bytes = Self.saved("Title\n\nBody\n", ending)
        bytes.append(contentsOf: [0x43, 0xE9, 0x0A])
        guard case .failure(let notUTF8) = ArticleText.check(bytes, displayPath: "a.txt") else { Issue.record("accepted"); return }
        #expect(notUTF8.line == 4)
        var nul = Self.saved("Title\n\nBody\n", ending)
        nul.append(0)
        guard case .failure(let binary) = ArticleText.check(nul, displayPath: "a.txt") else { Issue.record("accepted"); return }
        #expect(binary.line == 4)
    }

    @Test("a CRLF or CR audience.yaml and templates load as with LF: the same errors at the same places, LF in the templates",
          arguments: Ending.allCases)
    func audience(_ ending: Ending) throws {
        let yaml = AudienceLoaderTests.valid.replacingOccurrences(of: "options: 3", with: "options: 9")
        let template = "Title\n{{#claims}}\n- {{text}}\n{{/claims}}\n"
        func load(_ yaml: Data, _ template: Data) throws -> (problems: [String], template: String?) {
            let root = try AudienceLoaderTests().folder("")
            try yaml.write(to: root.appendingPathComponent("demo/audience.yaml"))
            try template.write(to: root.appendingPathComponent("demo/briefing.mustache"))
            let loader = AudienceLoader(folder: root, displayFolder: "templates")
            do {
                return ([], try loader.load("demo").templates["briefing"]?.text)
            } catch let error as DiagnosticsError {
                return (error.diagnostics.map(\.description), nil)
            }
        }
        let unix = try load(Data(yaml.utf8), Data(template.utf8))
        let windows = try load(Self.saved(yaml, ending, bom: true), Self.saved(template, ending, bom: true))
        #expect(windows.problems == unix.problems)
        #expect(unix.problems == ["templates/demo/audience.yaml:16:12: error: 'options' must be between 2 and 6, found 9"])
        let valid = try load(Self.saved(AudienceLoaderTests.valid, ending), Self.saved(template, ending))
        #expect(valid.problems == [] && valid.template == template)
    }

    @Test("a CR-only responses file, with a line break inside a quoted answer, reports each row's own line")
    func responses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("responses-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("class.csv")
        try Self.saved("student,1,2\nAna,\"A\nor B\",B\nBo,A\n", .cr).write(to: csv)
        do {
            _ = try ResponsesLoader.load(csv, displayPath: "class.csv", itemCount: 2)
            Issue.record("accepted a short row")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.description) == ["class.csv:4: error: expected 3 fields (student and 2 answers), found 2"])
        }
    }
}
