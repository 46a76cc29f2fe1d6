/// Whether an event's date is printed in the article or worked out from a relative phrase.
package enum DateBasis: String, Codable, Sendable, CaseIterable {
    /// The article prints the date ("July 9", "June 2016").
    case stated
    /// Resolved from a phrase such as "last December" against the publication date.
    case resolved
}

/// Something that happened, with a date to the precision the article allows.
package struct TimelineEvent: Excerpted, Codable, Hashable {
    package var id: String
    package var date: PartialDate
    package var description: String
    /// Ids of people involved.
    package var people: [String]
    /// Ids of places involved.
    package var places: [String]
    package var basis: DateBasis
    /// The relative phrase the date was resolved from ("last December").
    package var phrase: String?
    package var teacherNote: String?
    package var excerpt: String
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, date: PartialDate, description: String, people: [String] = [], places: [String] = [],
                basis: DateBasis = .stated, phrase: String? = nil, teacherNote: String? = nil, excerpt: String,
                sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.date = date; self.description = description; self.people = people
        self.places = places; self.basis = basis; self.phrase = phrase; self.teacherNote = teacherNote
        self.excerpt = excerpt; self.sensitive = sensitive; self.location = location
    }
}
