import Foundation
import PacketLoading
import PacketModel
import Testing

@Suite("Loading audiences")
struct AudienceLoaderTests {
    /// A templates folder with a shared partial and one audience `demo` with the given yaml.
    func folder(_ yaml: String, extra: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("audiences-\(UUID().uuidString)")
        let shared = root.appendingPathComponent("_shared"), demo = root.appendingPathComponent("demo")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: demo, withIntermediateDirectories: true)
        try Data("shared header".utf8).write(to: shared.appendingPathComponent("header.mustache"))
        try Data("shared footer".utf8).write(to: shared.appendingPathComponent("footer.mustache"))
        try Data(yaml.utf8).write(to: demo.appendingPathComponent("audience.yaml"))
        for (name, text) in extra { try Data(text.utf8).write(to: demo.appendingPathComponent(name)) }
        return root
    }

    static let valid = """
    display_name: Demo
    description: Grades 9–12
    reading_level: { min: 8.3, max: 12.1 }
    line_width: 60
    prefer_plain: true
    briefing:
      sections: [header, thesis]
    sensitivity:
      hide: [attack-method]
    workbook:
      sheets:
        - overview
        - { sheet: quiz, title: Test yourself }
    quiz:
      count: 12
      options: 3
      types: { multiple-choice: 2, essay: 0, true-false: 1 }

    """

    func problems(_ yaml: String) throws -> [String] {
        let loader = AudienceLoader(folder: try folder(yaml), displayFolder: "templates")
        do {
            _ = try loader.load("demo")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a valid audience loads its settings, and its own templates override shared ones")
    func loads() throws {
        let root = try folder(Self.valid, extra: ["header.mustache": "own header"])
        let loader = AudienceLoader(folder: root, displayFolder: "templates")
        #expect(try loader.audienceNames() == ["demo"])
        let audience = try loader.load("demo")
        #expect(audience.displayName == "Demo")
        #expect(audience.readingLevel == 8.3...12.1)
        #expect(audience.lineWidth == 60 && audience.preferPlain)
        #expect(audience.briefingSections == [.header, .thesis])
        #expect(audience.sensitivity.hide == ["attack-method"])
        #expect(audience.workbookSheets == [WorkbookSheet(kind: .overview), WorkbookSheet(kind: .quiz, title: "Test yourself")])
        #expect(audience.quiz.count == 12 && audience.quiz.options == 3)
        #expect(audience.quiz.types == [.multipleChoice: 2, .trueFalse: 1])
        #expect(audience.templates["header"]?.text == "own header")
        #expect(audience.templates["header"]?.path == "templates/demo/header.mustache")
        #expect(audience.templates["footer"]?.path == "templates/_shared/footer.mustache")
    }

    @Test("an unknown key is reported with its line and the allowed keys")
    func unknownKey() throws {
        #expect(try problems(Self.valid + "colour: blue\n") == [
            "templates/demo/audience.yaml:18:1: error: unknown key 'colour' in the audience; allowed keys: display_name, description, reading_level, line_width, prefer_plain, briefing, sensitivity, workbook, quiz",
        ])
    }

    @Test("bad values are each reported with their position")
    func badValues() throws {
        let yaml = Self.valid
            .replacingOccurrences(of: "sections: [header, thesis]", with: "sections: [header, thesis, header, epilogue]")
            .replacingOccurrences(of: "title: Test yourself", with: "title: \"Test: you?\"")
            .replacingOccurrences(of: "options: 3", with: "options: 9")
            .replacingOccurrences(of: "min: 8.3, max: 12.1", with: "min: 13, max: 12.1")
        let found = try problems(yaml)
        #expect(found == [
            "templates/demo/audience.yaml:3:16: error: reading_level min 13.0 is greater than max 12.1",
            "templates/demo/audience.yaml:7:30: error: 'header' is listed twice in 'sections'",
            "templates/demo/audience.yaml:7:38: error: 'sections' must be one of header, advisory, summary, thesis, argument, counterargument, numbers, timeline, whos-who, vocabulary, questions, implications, what-to-watch, found 'epilogue'",
            "templates/demo/audience.yaml:13:29: error: sheet title 'Test: you?' contains ':', which a sheet title cannot",
            "templates/demo/audience.yaml:16:12: error: 'options' must be between 2 and 6, found 9",
        ])
    }

    @Test("names that could escape the templates folder are refused")
    func unsafeNames() throws {
        let loader = AudienceLoader(folder: try folder(Self.valid), displayFolder: "templates")
        for name in ["../demo", "a/b", "..", ".hidden", "_shared", ""] {
            #expect(throws: DiagnosticsError.self) { try loader.load(name) }
        }
    }

    @Test("an audience that does not exist is reported with the ones that do")
    func unknownAudience() throws {
        let loader = AudienceLoader(folder: try folder(Self.valid), displayFolder: "templates")
        #expect(throws: DiagnosticsError.self) { try loader.load("nursery") }
        do { _ = try loader.load("nursery") } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.description) == ["templates/nursery/audience.yaml: error: no such audience 'nursery'; audiences: demo"])
        }
    }

    static let blueprint = """
    display_name: Demo
    description: Grades 9–12
    reading_level: { min: 8.3, max: 12.1 }
    quiz:
      count: 10
      types: { multiple-choice: 2, two-part: 1, essay: 1 }
      blueprint:
        skills: { central-idea: 2, evidence: 50%, recall: 50% }
        dok: { at_least_2: 60%, at_least_3: 2 }
        two_part: 1
      standards: { evidence: RI.9-10.8 }
      moodle_ordering: matching

    """

    @Test("a blueprint loads its skills as counts and shares, its DOK targets and two-part count, with standards and the Moodle ordering fallback")
    func blueprintLoads() throws {
        let audience = try AudienceLoader(folder: try folder(Self.blueprint), displayFolder: "templates").load("demo")
        let blueprint = try #require(audience.quiz.blueprint)
        #expect(blueprint.skills == [.centralIdea: .items(2), .evidence: .percent(50), .recall: .percent(50)])
        #expect(blueprint.counts(total: 10) == [.centralIdea: 2, .evidence: 4, .recall: 4])
        #expect(blueprint.atLeastDOK2 == .percent(60) && blueprint.atLeastDOK3 == .items(2) && blueprint.twoPart == 1)
        #expect(audience.quiz.standards == [.evidence: "RI.9-10.8"])
        #expect(audience.quiz.moodleOrdering == .matching)
    }

    @Test("a blueprint whose counts do not make up the form, a share over 100%, an unknown skill or a two-part count without the type is an error with its line")
    func blueprintErrors() throws {
        let short = Self.blueprint.replacingOccurrences(of: "{ central-idea: 2, evidence: 50%, recall: 50% }", with: "{ central-idea: 2, recall: 3 }")
        #expect(try problems(short) == ["templates/demo/audience.yaml:8:13: error: the blueprint's skills must account for the form's 10 items ('count'), found 5 items by count"])
        let share = Self.blueprint.replacingOccurrences(of: "evidence: 50%", with: "evidence: 150%")
        #expect(try problems(share) == ["templates/demo/audience.yaml:8:42: error: 'evidence' must be a share between 0% and 100%, found 150%"])
        let unknown = Self.blueprint.replacingOccurrences(of: "central-idea: 2", with: "main-idea: 2")
        #expect(try problems(unknown).contains { $0.contains("unknown key 'main-idea' in skills") })
        let noType = Self.blueprint.replacingOccurrences(of: "two-part: 1, ", with: "")
        #expect(try problems(noType) == ["templates/demo/audience.yaml:10:15: error: the blueprint asks for 1 two-part item, but 'types' leaves out two-part: give it a weight"])
        let reversed = Self.blueprint.replacingOccurrences(of: "at_least_2: 60%, at_least_3: 2", with: "at_least_2: 1, at_least_3: 2")
        #expect(try problems(reversed).contains { $0.contains("'at_least_3' (2) cannot exceed 'at_least_2' (1)") })
        let ordering = Self.blueprint.replacingOccurrences(of: "moodle_ordering: matching", with: "moodle_ordering: drag")
        #expect(try problems(ordering).contains { $0.contains("'moodle_ordering' must be one of ordering, matching, found 'drag'") })
    }
}
