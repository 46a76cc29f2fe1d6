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
      student:
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
        #expect(audience.workbookSheets.student == [WorkbookSheet(kind: .overview), WorkbookSheet(kind: .quiz, title: "Test yourself")])
        #expect(audience.workbookSheets.teacher == WorkbookSheets.standardTeacher)
        #expect(audience.quiz.count == 12 && audience.quiz.options == 3)
        #expect(audience.quiz.types == [.multipleChoice: 2, .trueFalse: 1])
        #expect(audience.templates["header"]?.text == "own header")
        #expect(audience.templates["header"]?.path == "templates/demo/header.mustache")
        #expect(audience.templates["footer"]?.path == "templates/_shared/footer.mustache")
    }

    @Test("an unknown key is reported with its line and the allowed keys")
    func unknownKey() throws {
        #expect(try problems(Self.valid + "colour: blue\n") == [
            "templates/demo/audience.yaml:18:1: error: unknown key 'colour' in the audience; allowed keys: display_name, description, reading_level, line_width, prefer_plain, briefing, sensitivity, workbook, quiz, guide, lesson, standards, skills, article",
        ])
    }

    static let classroom = """
    display_name: Demo
    description: Grades 6–8
    reading_level: { min: 6, max: 9 }
    briefing:
      sections: [header, thesis]
      max_words: 1200
      max_lines: 66
      limits: { evidence: 2, numbers: 3, watch_for: 1 }
    guide:
      sections: [overview, plan, exit-ticket]
    lesson:
      minutes: 45
      steps: { before-reading: 5, reading: 10, activity: 15, discussion: 10, exit-ticket: 5 }
    standards:
      - { code: "CCSS RI.6.8", text: "Trace and evaluate the argument.", used_in: [activity, discussion] }
    skills:
      - { text: "Weigh evidence.", used_in: [exit-ticket] }

    """

    @Test("a briefing's budget and limits, and the guide's sections, lesson and standards load with their positions")
    func classroomSettings() throws {
        let audience = try AudienceLoader(folder: try folder(Self.classroom), displayFolder: "templates").load("demo")
        #expect(audience.briefingBudget?.maxWords == 1200 && audience.briefingBudget?.maxLines == 66)
        #expect(audience.briefingBudget?.location == SettingLocation(file: "templates/demo/audience.yaml", line: 6, column: 14))
        #expect(audience.briefingBudget?.linesLocation?.line == 7)
        #expect(audience.briefingLimits == BriefingLimits(evidence: 2, numbers: 3, watchFor: 1))
        #expect(audience.guide.sections == [.overview, .plan, .exitTicket])
        #expect(audience.guide.minutes == 45)
        #expect(audience.guide.stepMinutes.map(\.minutes) == [5, 10, 15, 10, 5])
        #expect(audience.guide.standards == [TeachingStandard(code: "CCSS RI.6.8", text: "Trace and evaluate the argument.",
                                                              usedIn: [.activity, .discussion])])
        #expect(audience.guide.skills == [TeachingStandard(text: "Weigh evidence.", usedIn: [.exitTicket])])
        #expect(!audience.isShipped)
    }

    @Test("an audience without guide settings gets every section and a 50-minute lesson")
    func guideDefaults() throws {
        let audience = try AudienceLoader(folder: try folder(Self.valid), displayFolder: "templates").load("demo")
        #expect(audience.guide.sections == GuideSection.allCases)
        #expect(audience.guide.minutes == 50)
        #expect(audience.guide.stepMinutes.map(\.minutes) == [8, 12, 12, 12, 6])
        #expect(audience.briefingBudget == nil)
    }

    @Test("bad classroom settings are each reported with their position")
    func badClassroomSettings() throws {
        let yaml = Self.classroom
            .replacingOccurrences(of: "max_words: 1200", with: "max_words: 10")
            .replacingOccurrences(of: "minutes: 45", with: "minutes: 400")
            .replacingOccurrences(of: "exit-ticket: 5 }", with: "exit-ticket: 0 }")
            .replacingOccurrences(of: "used_in: [exit-ticket]", with: "used_in: [homework]")
            .replacingOccurrences(of: "sections: [overview, plan, exit-ticket]", with: "sections: [overview, lesson]")
        #expect(try problems(yaml) == [
            "templates/demo/audience.yaml:6:14: error: 'max_words' must be between 50 and 100000, found 10",
            "templates/demo/audience.yaml:10:24: error: 'sections' must be one of overview, objectives, standards, plan, answers, text-notes, sensitive, aftermath, exit-ticket, keys, found 'lesson'",
            "templates/demo/audience.yaml:12:12: error: 'minutes' must be between 20 and 240, found 400",
            "templates/demo/audience.yaml:13:10: error: 'steps' must give every step a weight; missing 'exit-ticket'",
            "templates/demo/audience.yaml:17:42: error: 'used_in' must be one of before-reading, reading, activity, discussion, exit-ticket, found 'homework'",
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

    /// `valid` with its workbook section replaced.
    static func withWorkbook(_ section: String) -> String {
        valid.replacingOccurrences(of: """
        workbook:
          student:
            - overview
            - { sheet: quiz, title: Test yourself }

        """, with: section)
    }

    @Test("the student's and the teacher's lists load in order; one left out is the standard one")
    func twoLists() throws {
        let loader = AudienceLoader(folder: try folder(Self.withWorkbook("""
        workbook:
          student: [overview, article, fact-opinion, quiz]
          teacher: [overview, { sheet: fact-opinion, title: Fact or opinion key }, quotes, answer-key]

        """)), displayFolder: "templates")
        let sheets = try loader.load("demo").workbookSheets
        #expect(sheets.student.map(\.kind) == [.overview, .article, .factOpinion, .quiz])
        #expect(sheets.teacher.map(\.title) == ["Overview", "Fact or opinion key", "Quotes", "Answer key"])
        #expect(!sheets.isSingleList)
        let teacherOnly = AudienceLoader(folder: try folder(Self.withWorkbook("workbook:\n  teacher: [overview, gradebook]\n")),
                                         displayFolder: "templates")
        #expect(try teacherOnly.load("demo").workbookSheets.student == WorkbookSheets.standardStudent)
        let none = AudienceLoader(folder: try folder(Self.withWorkbook("")), displayFolder: "templates")
        #expect(try none.load("demo").workbookSheets == WorkbookSheets.standard)
    }

    @Test("an older audience's single 'sheets' list still loads: the teacher gets every sheet, students those without answers")
    func singleList() throws {
        let loader = AudienceLoader(folder: try folder(Self.withWorkbook("""
        workbook:
          sheets: [overview, argument-map, quotes, quiz, answer-key, gradebook]

        """)), displayFolder: "templates")
        let sheets = try loader.load("demo").workbookSheets
        #expect(sheets.isSingleList)
        #expect(sheets.teacher.map(\.kind) == [.overview, .argumentMap, .quotes, .quiz, .answerKey, .gradebook])
        #expect(sheets.student.map(\.kind) == [.overview, .quiz])
    }

    @Test("a key in the student's list, an activity without its key, both forms at once and an empty list are errors at their lines")
    func workbookErrors() throws {
        #expect(try problems(Self.withWorkbook("""
        workbook:
          student: [overview, gradebook, check-numbers]
          teacher: [overview, quiz]

        """)) == [
            "templates/demo/audience.yaml:11:23: error: 'gradebook' holds the answers and only goes in the teacher's workbook: remove it from 'student'",
            "templates/demo/audience.yaml:11:34: error: 'check-numbers' is in the student's workbook but not the teacher's, so its key would be missing: add it to 'teacher'",
        ])
        #expect(try problems(Self.withWorkbook("""
        workbook:
          sheets: [overview]
          student: [overview]

        """)) == [
            "templates/demo/audience.yaml:11:11: error: give either 'sheets' (one list for both workbooks) or 'student' and 'teacher' lists, not both",
        ])
        #expect(try problems(Self.withWorkbook("""
        workbook:
          student: []
          teacher: [quiz, quiz]

        """)) == [
            "templates/demo/audience.yaml:11:12: error: 'student' lists no sheet; a workbook needs at least one (leave 'workbook' out for the standard sheets)",
            "templates/demo/audience.yaml:12:19: error: sheet 'quiz' is listed twice in 'teacher'",
        ])
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
