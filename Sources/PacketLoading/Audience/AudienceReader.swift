import PacketModel
import Yams

/// Turns the node tree of an `audience.yaml` into an ``Audience``.
struct AudienceReader {
    let context: ReadContext

    /// The grades a reading level may name (Flesch–Kincaid: 0 is the first year of school, 16 a
    /// university graduate's; a little above for specialists' texts).
    static let gradeRange: ClosedRange<Double> = 0...20

    static let keys = ["display_name", "description", "reading_level", "line_width", "prefer_plain", "briefing",
                       "sensitivity", "workbook", "quiz", "guide", "lesson", "standards", "skills", "article"]

    func read(_ root: Node, name: String, templates: [String: TemplateSource]) -> Audience? {
        guard let m = MappingReader(root, path: "", what: "the audience", allowed: Self.keys, context: context)
        else { return nil }
        let displayName = m.text("display_name"), description = m.text("description")
        let readingLevel = m.nested("reading_level") { node, path -> ClosedRange<Double>? in
            guard let r = MappingReader(node, path: path, what: "reading_level", allowed: ["min", "max"], context: context)
            else { return nil }
            guard let lo = r.number("min"), let hi = r.number("max") else { return nil }
            let outside = [("min", lo), ("max", hi)].filter { !Self.gradeRange.contains($0.1) }
            for (key, _) in outside {
                guard let node = r.node(key) else { continue }
                context.sink.error("reading_level \(key) must be a school grade from \(Int(Self.gradeRange.lowerBound)) to "
                                   + "\(Int(Self.gradeRange.upperBound)) (Flesch–Kincaid), found \(MappingReader.describe(node))", at: node.mark)
            }
            guard outside.isEmpty else { return nil }
            guard lo <= hi else {
                context.sink.error("reading_level min \(lo) is greater than max \(hi)", at: r.mark)
                return nil
            }
            return lo...hi
        }
        let lineWidth = m.node("line_width").flatMap { m.intValue("line_width", $0) } ?? 72
        if !(40...200).contains(lineWidth) {
            context.sink.error("'line_width' must be between 40 and 200, found \(lineWidth)", at: m.node("line_width")?.mark)
        }
        var budget: WordBudget?
        var limits = BriefingLimits()
        let sections = m.nested("briefing", required: false) { node, path -> [BriefingSection]? in
            guard let b = MappingReader(node, path: path, what: "briefing",
                                        allowed: ["sections", "max_words", "max_lines", "limits"], context: context)
            else { return nil }
            budget = readBudget(b)
            limits = b.nested("limits", required: false, readLimits) ?? BriefingLimits()
            return names(b, "sections", BriefingSection.self)
        } ?? BriefingSection.allCases
        let hide = m.nested("sensitivity", required: false) { node, path -> [String]? in
            MappingReader(node, path: path, what: "sensitivity", allowed: ["hide"], context: context)?.textList("hide")
        } ?? []
        let sheets = m.nested("workbook", required: false, readWorkbook) ?? .standard
        let quiz = m.nested("quiz", required: false, readQuiz) ?? QuizSettings()
        let guide = readGuide(m)
        let versions = readArticleVersions(m)
        guard let displayName, let description, let readingLevel else { return nil }
        return Audience(name: name, displayName: displayName, description: description, readingLevel: readingLevel,
                        lineWidth: lineWidth, briefingSections: sections, preferPlain: m.bool("prefer_plain", default: false),
                        sensitivity: Sensitivity(hide: hide), workbookSheets: sheets, quiz: quiz, templates: templates,
                        briefingBudget: budget, briefingLimits: limits, guide: guide, articleVersions: versions)
    }

    /// `article: original`, `article: grades-6-8` or a list, first choice first
    /// (`[grades-6-8, original]`). Whether the model has the band is known only at build time.
    private func readArticleVersions(_ m: MappingReader) -> [ArticleVersion] {
        guard let node = m.node("article") else { return [.original] }
        let items: [Node]
        switch node {
        case .scalar: items = [node]
        case .sequence(let seq) where !seq.isEmpty: items = Array(seq)
        default:
            m.typeError("article", "'original', a reading band such as grades-6-8, or a list of them (first choice first)", node)
            return [.original]
        }
        var versions: [ArticleVersion] = []
        for item in items {
            guard case .scalar(let s) = item, let version = ArticleVersion(name: s.string) else {
                context.sink.error("'article' must be 'original' or a reading band named grades-A-B or grade-A "
                                   + "(e.g. grades-6-8, as in the model's 'adaptations'), found \(MappingReader.describe(item))",
                                   at: item.mark)
                continue
            }
            if versions.contains(version) {
                context.sink.error("'\(version.name)' is listed twice in 'article'", at: item.mark)
            } else {
                versions.append(version)
            }
        }
        return versions.isEmpty ? [.original] : versions
    }

    /// `briefing: max_words` and `max_lines`, with where they stand for the over-budget message.
    private func readBudget(_ b: MappingReader) -> WordBudget? {
        func positive(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            guard let node = b.node(key), let value = b.intValue(key, node) else { return nil }
            guard range.contains(value) else {
                context.sink.error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)", at: node.mark)
                return nil
            }
            return value
        }
        let words = positive("max_words", 50...100_000), lines = positive("max_lines", 10...10_000)
        guard words != nil || lines != nil else { return nil }
        func location(_ mark: Mark?) -> SettingLocation {
            SettingLocation(file: context.sink.file, line: mark?.line ?? 0, column: mark?.column ?? 0)
        }
        return WordBudget(maxWords: words, maxLines: lines, location: location(b.node("max_words")?.mark ?? b.node("max_lines")?.mark),
                          linesLocation: b.node("max_lines").map { location($0.mark) })
    }

    private func readLimits(_ node: Node, _ path: String) -> BriefingLimits? {
        guard let l = MappingReader(node, path: path, what: "limits", allowed: [
            "claims", "evidence", "counterarguments", "numbers", "vocabulary", "people", "questions", "implications",
            "watch_for"], context: context) else { return nil }
        func count(_ key: String) -> Int? {
            guard let node = l.node(key), let value = l.intValue(key, node) else { return nil }
            guard value >= 0 else {
                context.sink.error("'\(key)' must not be negative, found \(value)", at: node.mark)
                return nil
            }
            return value
        }
        return BriefingLimits(claims: count("claims"), evidence: count("evidence"), counterarguments: count("counterarguments"),
                              numbers: count("numbers"), vocabulary: count("vocabulary"), people: count("people"),
                              questions: count("questions"), implications: count("implications"), watchFor: count("watch_for"))
    }

    /// `guide: sections`, `lesson: {minutes, steps}`, `standards` and `skills`.
    private func readGuide(_ m: MappingReader) -> GuideSettings {
        var settings = GuideSettings()
        if let sections = m.nested("guide", required: false, { node, path -> [GuideSection]? in
            guard let g = MappingReader(node, path: path, what: "guide", allowed: ["sections"], context: context) else { return nil }
            return names(g, "sections", GuideSection.self)
        }) { settings.sections = sections }
        _ = m.nested("lesson", required: false) { node, path -> Bool? in
            guard let l = MappingReader(node, path: path, what: "lesson",
                                        allowed: ["minutes", "steps", "learners", "reading", "discussion"], context: context)
            else { return nil }
            if let learners = l.optionalText("learners") { settings.learners = learners }
            if let reading = l.optionalText("reading") { settings.readingRoutine = reading }
            if let discussion = l.optionalText("discussion") { settings.discussionProtocol = discussion }
            if let node = l.node("minutes"), let minutes = l.intValue("minutes", node) {
                if (20...240).contains(minutes) {
                    settings.minutes = minutes
                } else {
                    context.sink.error("'minutes' must be between 20 and 240, found \(minutes)", at: node.mark)
                }
            }
            if let weights = l.nested("steps", required: false, { weights($0, $1, LessonStep.self) }) {
                for step in LessonStep.allCases where weights[step] == nil {
                    context.sink.error("'steps' must give every step a weight; missing '\(step.rawValue)'", at: l.node("steps")?.mark)
                }
                settings.stepWeights = weights
            }
            return true
        }
        settings.standards = m.list("standards") { readStandard($0, $1, needsCode: true) }
        settings.skills = m.list("skills") { readStandard($0, $1, needsCode: false) }
        return settings
    }

    /// `{ code: "CCSS RI.9-10.8", text: "…", used_in: [activity, discussion] }` (a skill has no code).
    private func readStandard(_ node: Node, _ path: String, needsCode: Bool) -> TeachingStandard? {
        let what = needsCode ? "standard" : "skill"
        guard let s = MappingReader(node, path: path, what: what,
                                    allowed: (needsCode ? ["code"] : []) + ["text", "used_in"], context: context)
        else { return nil }
        let code = needsCode ? s.text("code") : nil, text = s.text("text")
        var steps: [LessonStep] = []
        if let node = s.node("used_in") {
            if case .sequence(let items) = node {
                steps = items.compactMap { s.choiceValue("used_in", $0) }
            } else {
                s.typeError("used_in", "a list of lesson steps", node)
            }
        }
        guard let text, !needsCode || code != nil else { return nil }
        return TeachingStandard(code: code, text: text, usedIn: steps)
    }

    /// A list of names from a fixed set, reporting unknown and repeated names.
    private func names<T: RawRepresentable & CaseIterable & Equatable>(_ m: MappingReader, _ key: String, _ type: T.Type) -> [T]
    where T.RawValue == String {
        guard let node = m.node(key) else { m.missing(key); return [] }
        guard case .sequence(let seq) = node else { m.typeError(key, "a list", node); return [] }
        var result: [T] = []
        for item in seq {
            guard let value: T = m.choiceValue(key, item) else { continue }
            if result.contains(value) {
                context.sink.error("'\(value.rawValue)' is listed twice in '\(key)'", at: item.mark)
            } else {
                result.append(value)
            }
        }
        return result
    }

    /// The two workbooks' tabs: `student:` and `teacher:` lists (either may be left out for the
    /// standard one), or the older single `sheets:` list for both.
    private func readWorkbook(_ node: Node, _ path: String) -> WorkbookSheets? {
        guard let w = MappingReader(node, path: path, what: "workbook", allowed: ["student", "teacher", "sheets"], context: context)
        else { return nil }
        if let single = w.node("sheets") {
            if w.has("student") || w.has("teacher") {
                context.sink.error("give either 'sheets' (one list for both workbooks) or 'student' and 'teacher' lists, not both",
                                   at: single.mark)
            }
            let sheets = w.list("sheets", required: true, readSheet)
            check(sheets, in: "sheets", at: single.mark)
            if !sheets.isEmpty, sheets.allSatisfy(\.sheet.kind.isTeacherOnly) {
                context.sink.error("'sheets' lists only teacher sheets (\(sheets.map(\.sheet.kind.rawValue).joined(separator: ", "))): "
                                   + "the student workbook would have none; add at least one other sheet", at: single.mark)
            }
            return WorkbookSheets(singleList: sheets.map(\.sheet))
        }
        let student = w.has("student") ? w.list("student", required: true, readSheet) : nil
        let teacher = w.has("teacher") ? w.list("teacher", required: true, readSheet) : nil
        if let student {
            check(student, in: "student", at: w.node("student")?.mark)
            for (sheet, mark) in student where sheet.kind.isTeacherOnly {
                context.sink.error("'\(sheet.kind.rawValue)' holds the answers and only goes in the teacher's workbook: remove it from 'student'",
                                   at: mark)
            }
        }
        if let teacher { check(teacher, in: "teacher", at: w.node("teacher")?.mark) }
        let sheets = WorkbookSheets(student: student?.map(\.sheet) ?? WorkbookSheets.standardStudent,
                                    teacher: teacher?.map(\.sheet) ?? WorkbookSheets.standardTeacher)
        let keyed = Set(sheets.teacher.map(\.kind))
        for (sheet, mark) in student ?? [] where sheet.kind.role == .activity && !keyed.contains(sheet.kind) {
            context.sink.error("'\(sheet.kind.rawValue)' is in the student's workbook but not the teacher's, so its key would be missing: add it to 'teacher'",
                               at: mark)
        }
        return sheets
    }

    /// A sheet: a bare name, or `{sheet: name, title: "Tab title"}`, with where it stands.
    private func readSheet(_ node: Node, _ path: String) -> (sheet: WorkbookSheet, mark: Mark?)? {
        if case .scalar(let s) = node {
            guard let kind = WorkbookSheetKind(rawValue: s.string) else {
                context.sink.error("unknown sheet '\(s.string)'; sheets: \(WorkbookSheetKind.allCases.map(\.rawValue).joined(separator: ", "))",
                                   at: node.mark)
                return nil
            }
            return (WorkbookSheet(kind: kind), node.mark)
        }
        guard let m = MappingReader(node, path: path, what: "sheet", allowed: ["sheet", "title"], context: context),
              let kind: WorkbookSheetKind = m.choice("sheet") else { return nil }
        let title = m.optionalText("title")
        if let title, let problem = SheetTitle.problem(title) {
            context.sink.error("sheet title '\(title)' \(problem)", at: m.node("title")?.mark)
        }
        return (WorkbookSheet(kind: kind, title: title), node.mark)
    }

    /// One workbook's list: not empty, no sheet twice, no two titles alike.
    private func check(_ sheets: [(sheet: WorkbookSheet, mark: Mark?)], in key: String, at mark: Mark?) {
        if sheets.isEmpty {
            context.sink.error("'\(key)' lists no sheet; a workbook needs at least one (leave 'workbook' out for the standard sheets)", at: mark)
        }
        var seenKinds = Set<WorkbookSheetKind>(), seenTitles = Set<String>()
        for (sheet, itemMark) in sheets {
            if !seenKinds.insert(sheet.kind).inserted {
                context.sink.error("sheet '\(sheet.kind.rawValue)' is listed twice in '\(key)'", at: itemMark ?? mark)
            } else if !seenTitles.insert(sheet.title.lowercased()).inserted {
                context.sink.error("two sheets in '\(key)' have the title '\(sheet.title)' (titles must differ, ignoring case)",
                                   at: itemMark ?? mark)
            }
        }
    }

    private func readQuiz(_ node: Node, _ path: String) -> QuizSettings? {
        guard let q = MappingReader(node, path: path, what: "quiz", allowed: [
            "count", "options", "forms", "seconds_per_question", "types", "bloom", "blueprint", "standards",
            "moodle_ordering"], context: context) else { return nil }
        var settings = QuizSettings()
        func bounded(_ key: String, _ range: ClosedRange<Int>, _ apply: (Int) -> Void) {
            guard let node = q.node(key), let value = q.intValue(key, node) else { return }
            guard range.contains(value) else {
                context.sink.error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)", at: node.mark)
                return
            }
            apply(value)
        }
        bounded("count", 1...100) { settings.count = $0 }
        bounded("options", 2...6) { settings.options = $0 }
        bounded("forms", 2...26) { settings.forms = $0 }
        bounded("seconds_per_question", 5...240) { settings.secondsPerQuestion = $0 }
        if let types = q.nested("types", required: false, { weights($0, $1, QuizItemType.self) }) { settings.types = types }
        if let bloom = q.nested("bloom", required: false, { weights($0, $1, BloomLevel.self) }) { settings.bloom = bloom }
        if let ordering: MoodleOrdering = q.optionalChoice("moodle_ordering") { settings.moodleOrdering = ordering }
        if let standards = q.nested("standards", required: false, readStandards) { settings.standards = standards }
        settings.blueprint = q.nested("blueprint", required: false) { node, path in
            readBlueprint(node, path, count: settings.count, types: settings.types)
        }
        return settings
    }

    /// `standards: { central-idea: RI.9-10.2, … }`: the standard code each skill assesses.
    private func readStandards(_ node: Node, _ path: String) -> [QuizSkill: String]? {
        guard let m = MappingReader(node, path: path, what: "standards", allowed: QuizSkill.allCases.map(\.rawValue),
                                    context: context) else { return nil }
        var result: [QuizSkill: String] = [:]
        for skill in QuizSkill.allCases {
            if let code = m.optionalText(skill.rawValue) { result[skill] = code }
        }
        return result
    }

    /// `blueprint: { skills: {…}, dok: { at_least_2: 50%, at_least_3: 2 }, two_part: 1 }`, checked
    /// against the form's item count.
    private func readBlueprint(_ node: Node, _ path: String, count: Int, types: [QuizItemType: Int]) -> QuizBlueprint? {
        guard let b = MappingReader(node, path: path, what: "blueprint", allowed: ["skills", "dok", "two_part"],
                                    context: context) else { return nil }
        let skills = b.nested("skills") { node, path -> [QuizSkill: QuizAmount]? in
            guard let m = MappingReader(node, path: path, what: "skills", allowed: QuizSkill.allCases.map(\.rawValue),
                                        context: context) else { return nil }
            var result: [QuizSkill: QuizAmount] = [:]
            for skill in QuizSkill.allCases {
                if let node = m.node(skill.rawValue), let amount = amount(skill.rawValue, node) { result[skill] = amount }
            }
            return result
        }
        var dok2 = QuizAmount.items(0), dok3 = QuizAmount.items(0)
        _ = b.nested("dok", required: false) { node, path -> Bool? in
            guard let m = MappingReader(node, path: path, what: "dok", allowed: ["at_least_2", "at_least_3"],
                                        context: context) else { return nil }
            if let node = m.node("at_least_2"), let value = amount("at_least_2", node) { dok2 = value }
            if let node = m.node("at_least_3"), let value = amount("at_least_3", node) { dok3 = value }
            return true
        }
        let twoPart = b.node("two_part").flatMap { b.intValue("two_part", $0) } ?? 0
        guard let skills else { return nil }
        let blueprint = QuizBlueprint(skills: skills, atLeastDOK2: dok2, atLeastDOK3: dok3, twoPart: max(0, twoPart))
        if blueprint.counts(total: count) == nil {
            let fixed = skills.values.reduce(0) { sum, amount in if case .items(let n) = amount { return sum + n }; return sum }
            context.sink.error("the blueprint's skills must account for the form's \(count) items ('count'), found \(fixed) "
                + "item\(fixed == 1 ? "" : "s") by count\(skills.values.contains { if case .percent = $0 { return true }; return false } ? " and shares of the rest" : "")",
                               at: b.node("skills")?.mark ?? b.mark)
        }
        for (key, value) in [("at_least_2", dok2), ("at_least_3", dok3)] where value.minimum(of: count) > count {
            context.sink.error("'\(key)' asks for \(value.minimum(of: count)) items, but a form has \(count)", at: b.node("dok")?.mark)
        }
        if dok3.minimum(of: count) > dok2.minimum(of: count) {
            context.sink.error("'at_least_3' (\(dok3)) cannot exceed 'at_least_2' (\(dok2)): a DOK 3 item is also DOK 2 or more",
                               at: b.node("dok")?.mark)
        }
        if twoPart < 0 || twoPart > count {
            context.sink.error("'two_part' must be between 0 and the form's \(count) items, found \(twoPart)", at: b.node("two_part")?.mark)
        } else if twoPart > 0 && (types[.twoPart] ?? 0) == 0 {
            context.sink.error("the blueprint asks for \(twoPart) two-part item\(twoPart == 1 ? "" : "s"), but 'types' leaves out two-part: give it a weight",
                               at: b.node("two_part")?.mark)
        }
        return blueprint
    }

    /// A count (`3`) or a share (`20%`), not negative; a share is at most 100%.
    private func amount(_ key: String, _ node: Node) -> QuizAmount? {
        if case .scalar(let s) = node {
            let text = s.string.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("%"), let p = Double(text.dropLast().trimmingCharacters(in: .whitespaces)) {
                guard (0...100).contains(p) else {
                    context.sink.error("'\(key)' must be a share between 0% and 100%, found \(text)", at: node.mark)
                    return nil
                }
                return .percent(p)
            }
            if let n = node.int {
                guard n >= 0 else {
                    context.sink.error("'\(key)' must not be negative, found \(n)", at: node.mark)
                    return nil
                }
                return .items(n)
            }
        }
        context.sink.error("'\(key)' must be a number of items (3) or a share of the form (20%), found \(MappingReader.describe(node))",
                           at: node.mark)
        return nil
    }

    /// A mapping of names to non-negative whole-number weights, at least one positive.
    private func weights<T: RawRepresentable & CaseIterable & Hashable>(_ node: Node, _ path: String, _ type: T.Type) -> [T: Int]?
    where T.RawValue == String {
        let key = path.split(separator: ".").last.map(String.init) ?? path
        let names = T.allCases.map(\.rawValue)
        guard let m = MappingReader(node, path: path, what: key, allowed: names, context: context) else { return nil }
        var result: [T: Int] = [:]
        for value in T.allCases {
            guard let node = m.node(value.rawValue), let weight = m.intValue(value.rawValue, node) else { continue }
            if weight < 0 {
                context.sink.error("weight of '\(value.rawValue)' must not be negative, found \(weight)", at: node.mark)
            } else if weight > 0 {
                result[value] = weight
            }
        }
        if result.isEmpty {
            context.sink.error("'\(key)' must give at least one positive weight", at: m.mark)
            return nil
        }
        return result
    }
}
