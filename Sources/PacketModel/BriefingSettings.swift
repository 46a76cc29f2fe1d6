/// Where a setting stands in its file, so a message about it can name the line to change.
package struct SettingLocation: Sendable, Hashable {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file; self.line = line; self.column = column
    }
}

/// How long an audience's briefing may be (`briefing.max_words`, `briefing.max_lines`).
package struct WordBudget: Sendable, Hashable {
    /// Words of running text and list items (headings and `[¶n]` citations not counted).
    package var maxWords: Int?
    /// Printed lines, blank ones included (one page of plain text is about 64 lines).
    package var maxLines: Int?
    /// Where `max_words` is set (or `max_lines`, when only it is), for the message when a briefing goes over.
    package var location: SettingLocation
    /// Where `max_lines` is set, when it is.
    package var linesLocation: SettingLocation?

    package init(maxWords: Int? = nil, maxLines: Int? = nil, location: SettingLocation, linesLocation: SettingLocation? = nil) {
        self.maxWords = maxWords; self.maxLines = maxLines; self.location = location; self.linesLocation = linesLocation
    }
}

/// How many items of each list a briefing shows (`briefing.limits`); `nil` means all of them.
package struct BriefingLimits: Sendable, Hashable {
    /// Main lines of argument, those with the strongest evidence first (shown in article order).
    package var claims: Int?
    /// Counterarguments, in article order.
    package var counterarguments: Int?
    /// Discussion and essay questions, each kind in model order.
    package var questions: Int?
    /// Pieces of evidence under each main line of argument, strongest first.
    package var evidence: Int?
    /// Numbers, those the argument rests on first.
    package var numbers: Int?
    /// Key words, subject-specific ones first.
    package var vocabulary: Int?
    /// People, those the article mentions most first.
    package var people: Int?
    package var implications: Int?
    package var watchFor: Int?

    package init(claims: Int? = nil, evidence: Int? = nil, counterarguments: Int? = nil, numbers: Int? = nil,
                vocabulary: Int? = nil, people: Int? = nil, questions: Int? = nil, implications: Int? = nil,
                watchFor: Int? = nil) {
        self.claims = claims; self.evidence = evidence; self.counterarguments = counterarguments
        self.numbers = numbers; self.vocabulary = vocabulary; self.people = people; self.questions = questions
        self.implications = implications; self.watchFor = watchFor
    }
}
