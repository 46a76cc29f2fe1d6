/// Something that happened after the article was published, from outside the article: it lets a
/// class test the author's predictions against what came next.
package struct LaterEvent: SensitivityTagged, Codable, Hashable {
    package var id: String
    /// When it happened; the validator checks it is after the publication date.
    package var date: PartialDate
    /// The last date, for an event that lasted a while.
    package var until: PartialDate?
    package var description: String
    /// Where the facts come from (a named report or news article, with its date or address).
    package var source: String
    /// Ids of the claims (predictions, usually) the event confirms or undercuts.
    package var bearsOn: [String]
    package var teacherNote: String?
    package var sensitive: [String]

    package init(id: String, date: PartialDate, until: PartialDate? = nil, description: String, source: String,
                bearsOn: [String] = [], teacherNote: String? = nil, sensitive: [String] = []) {
        self.id = id; self.date = date; self.until = until; self.description = description; self.source = source
        self.bearsOn = bearsOn; self.teacherNote = teacherNote; self.sensitive = sensitive
    }
}

/// What a teacher needs to set up the lesson that the article itself does not give.
package struct TeachingNotes: Codable, Sendable, Hashable {
    /// Facts the article assumes its readers know, in plain words (from outside the article).
    package var background: [String]
    /// Statements students agree or disagree with before reading, and revisit after.
    package var anticipation: [String]

    package init(background: [String] = [], anticipation: [String] = []) {
        self.background = background; self.anticipation = anticipation
    }

    package var isEmpty: Bool { background.isEmpty && anticipation.isEmpty }
}
