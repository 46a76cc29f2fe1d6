import PacketModel
import Yams

/// Turns the node tree of an `audience.yaml` into an ``Audience``.
struct AudienceReader {
    let context: ReadContext

    /// The grades a reading level may name (Flesch–Kincaid: 0 is the first year of school, 16 a
    /// university graduate's; a little above for specialists' texts).
    static let gradeRange: ClosedRange<Double> = 0...20

    static let keys = ["display_name", "description", "reading_level", "line_width", "prefer_plain", "briefing",
                       "sensitivity", "workbook", "quiz"]

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
        let sections = m.nested("briefing", required: false) { node, path -> [BriefingSection]? in
            guard let b = MappingReader(node, path: path, what: "briefing", allowed: ["sections"], context: context)
            else { return nil }
            return names(b, "sections", BriefingSection.self)
        } ?? BriefingSection.allCases
        let hide = m.nested("sensitivity", required: false) { node, path -> [String]? in
            MappingReader(node, path: path, what: "sensitivity", allowed: ["hide"], context: context)?.textList("hide")
        } ?? []
        let sheets = m.nested("workbook", required: false) { node, path -> [WorkbookSheet]? in
            guard let w = MappingReader(node, path: path, what: "workbook", allowed: ["sheets"], context: context)
            else { return nil }
            let sheets = w.list("sheets", required: true, readSheet)
            if let node = w.node("sheets"), case .sequence(let listed) = node {
                if listed.isEmpty {
                    context.sink.error("'sheets' lists no sheet; a workbook needs at least one (leave 'workbook' out for every sheet)",
                                       at: node.mark)
                } else if !sheets.isEmpty, sheets.allSatisfy(\.kind.isTeacherOnly) {
                    context.sink.error("'sheets' lists only teacher sheets (\(sheets.map(\.kind.rawValue).joined(separator: ", "))): "
                                       + "the student workbook would have none; add at least one other sheet", at: node.mark)
                }
            }
            return sheets
        } ?? WorkbookSheet.defaultSheets
        checkSheets(sheets, at: m.node("workbook")?.mark)
        let quiz = m.nested("quiz", required: false, readQuiz) ?? QuizSettings()
        guard let displayName, let description, let readingLevel else { return nil }
        return Audience(name: name, displayName: displayName, description: description, readingLevel: readingLevel,
                        lineWidth: lineWidth, briefingSections: sections, preferPlain: m.bool("prefer_plain", default: false),
                        sensitivity: Sensitivity(hide: hide), workbookSheets: sheets, quiz: quiz, templates: templates)
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

    /// A sheet: a bare name, or `{sheet: name, title: "Tab title"}`.
    private func readSheet(_ node: Node, _ path: String) -> WorkbookSheet? {
        if case .scalar(let s) = node {
            guard let kind = WorkbookSheetKind(rawValue: s.string) else {
                context.sink.error("unknown sheet '\(s.string)'; sheets: \(WorkbookSheetKind.allCases.map(\.rawValue).joined(separator: ", "))",
                                   at: node.mark)
                return nil
            }
            return WorkbookSheet(kind: kind)
        }
        guard let m = MappingReader(node, path: path, what: "sheet", allowed: ["sheet", "title"], context: context),
              let kind: WorkbookSheetKind = m.choice("sheet") else { return nil }
        let title = m.optionalText("title")
        if let title, let problem = SheetTitle.problem(title) {
            context.sink.error("sheet title '\(title)' \(problem)", at: m.node("title")?.mark)
        }
        return WorkbookSheet(kind: kind, title: title)
    }

    private func checkSheets(_ sheets: [WorkbookSheet], at mark: Mark?) {
        var seenKinds = Set<WorkbookSheetKind>(), seenTitles = Set<String>()
        for sheet in sheets {
            if !seenKinds.insert(sheet.kind).inserted {
                context.sink.error("sheet '\(sheet.kind.rawValue)' is listed twice", at: mark)
            }
            if !seenTitles.insert(sheet.title.lowercased()).inserted {
                context.sink.error("two sheets have the title '\(sheet.title)' (titles must differ, ignoring case)", at: mark)
            }
        }
    }

    private func readQuiz(_ node: Node, _ path: String) -> QuizSettings? {
        guard let q = MappingReader(node, path: path, what: "quiz", allowed: [
            "count", "options", "forms", "seconds_per_question", "types", "bloom"], context: context) else { return nil }
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
        return settings
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
