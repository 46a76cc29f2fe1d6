/// The sections a briefing can have, in the order an audience lists them.
package enum BriefingSection: String, Codable, Sendable, CaseIterable {
    case header, advisory, summary, thesis, argument, counterargument, numbers, timeline
    case whosWho = "whos-who"
    case vocabulary, questions, implications
    case whatToWatch = "what-to-watch"
}

/// What a younger audience is not shown.
package struct Sensitivity: Codable, Sendable, Hashable {
    /// Items tagged with any of these are summarised in the briefing and left out of quizzes.
    package var hide: [String]

    package init(hide: [String] = []) { self.hide = hide }

    /// True when the item carries a tag this audience hides.
    package func hides(_ item: some SensitivityTagged) -> Bool {
        !Set(item.sensitive).isDisjoint(with: hide)
    }
}

/// A Mustache template's text and the file it came from (for diagnostics).
package struct TemplateSource: Sendable, Hashable {
    /// The template name, e.g. `briefing` or `partials/header`... as referenced by `{{> name}}`.
    package var name: String
    /// The file it was read from, as shown in diagnostics.
    package var path: String
    package var text: String

    package init(name: String, path: String, text: String) {
        self.name = name; self.path = path; self.text = text
    }
}

/// A readership a packet is made for, read from `templates/<name>/audience.yaml`.
package struct Audience: Sendable, Hashable {
    /// The folder name, e.g. `high-school`.
    package var name: String
    package var displayName: String
    /// Grade band or reader description.
    package var description: String
    /// Target Flesch–Kincaid grade range for prose written for this audience.
    package var readingLevel: ClosedRange<Double>
    /// Line width of plain-text outputs.
    package var lineWidth: Int
    package var briefingSections: [BriefingSection]
    /// Use claims' plain wordings where they have one.
    package var preferPlain: Bool
    package var sensitivity: Sensitivity
    /// The tabs of the student's and the teacher's workbook.
    package var workbookSheets: WorkbookSheets
    package var quiz: QuizSettings
    /// Templates by name: shared ones overridden by the audience's own.
    package var templates: [String: TemplateSource]
    /// How long the briefing may be, if the audience says (`briefing.max_words`, `max_lines`).
    package var briefingBudget: WordBudget?
    /// How many items of each list the briefing shows (`briefing.limits`).
    package var briefingLimits: BriefingLimits
    /// The teacher's guide and the lesson it plans.
    package var guide: GuideSettings
    /// The article's versions the class may read, first choice first (`article:`); the original
    /// when none of the model's adaptations fits (see ``ReadingText``).
    package var articleVersions: [ArticleVersion]

    /// The audiences that ship with the program (`templates/<name>/`): a briefing over its budget
    /// fails their build; any other audience (a teacher's own) gets a warning instead.
    package static let shippedNames: Set<String> = ["middle-school", "high-school", "university", "policy-staff"]

    /// True for an audience that ships with the program (by folder name; see ``shippedNames``).
    package var isShipped: Bool { Self.shippedNames.contains(name) }

    package init(name: String, displayName: String, description: String, readingLevel: ClosedRange<Double>,
                lineWidth: Int = 72, briefingSections: [BriefingSection] = BriefingSection.allCases,
                preferPlain: Bool = false, sensitivity: Sensitivity = Sensitivity(),
                workbookSheets: WorkbookSheets = .standard,
                quiz: QuizSettings = QuizSettings(), templates: [String: TemplateSource] = [:],
                briefingBudget: WordBudget? = nil, briefingLimits: BriefingLimits = BriefingLimits(),
                guide: GuideSettings = GuideSettings(), articleVersions: [ArticleVersion] = [.original]) {
        self.name = name; self.displayName = displayName; self.description = description
        self.readingLevel = readingLevel; self.lineWidth = lineWidth; self.briefingSections = briefingSections
        self.preferPlain = preferPlain; self.sensitivity = sensitivity; self.workbookSheets = workbookSheets
        self.quiz = quiz; self.templates = templates
        self.briefingBudget = briefingBudget; self.briefingLimits = briefingLimits; self.guide = guide
        self.articleVersions = articleVersions
    }
}
