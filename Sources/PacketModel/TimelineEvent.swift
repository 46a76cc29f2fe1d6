/// Whether an event's date is printed in the article or worked out from a relative phrase.
public enum DateBasis: String, Codable, Sendable, CaseIterable {
    /// The article prints the date ("July 9", "June 2016").
    case stated
    /// Resolved from a phrase such as "last December" against the publication date.
    case resolved
}

/// Something that happened, with a date to the precision the article allows.
public struct TimelineEvent: Excerpted, Codable, Hashable {
    public var id: String
    public var date: PartialDate
    public var description: String
    /// Ids of people involved.
    public var people: [String]
    /// Ids of places involved.
    public var places: [String]
    public var basis: DateBasis
    /// The relative phrase the date was resolved from ("last December").
    public var phrase: String?
    public var teacherNote: String?
    public var excerpt: String
    public var sensitive: [String]
    public var location: Location?

    public init(id: String, date: PartialDate, description: String, people: [String] = [], places: [String] = [],
                basis: DateBasis = .stated, phrase: String? = nil, teacherNote: String? = nil, excerpt: String,
                sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.date = date; self.description = description; self.people = people
        self.places = places; self.basis = basis; self.phrase = phrase; self.teacherNote = teacherNote
        self.excerpt = excerpt; self.sensitive = sensitive; self.location = location
    }
}
