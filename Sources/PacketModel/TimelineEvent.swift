/// Whether an event's date is printed in the article or worked out from a relative phrase.
package enum DateBasis: String, Codable, Sendable, CaseIterable {
    /// The article prints the date ("July 9", "June 2016").
    case stated
    /// Resolved from a phrase such as "last December" against the publication date.
    case resolved
    /// The article gives no date: it comes from outside the article (the historical record),
    /// and the teacher note should say so. Such dates are never asked "according to the article".
    case outside
}

/// Something that happened, with a date to the precision the article allows.
package struct TimelineEvent: Excerpted, Codable, Hashable {
    package var id: String
    package var date: PartialDate
    /// The last date of an event that lasts a while (an invasion, a campaign), when known:
    /// `date` is then its start. Printed as a span, e.g. `October–December 2001`.
    package var until: PartialDate?
    package var description: String
    /// Ids of people involved.
    package var people: [String]
    /// Ids of places involved.
    package var places: [String]
    package var basis: DateBasis
    /// The relative phrase the date was resolved from ("last December").
    package var phrase: String?
    /// The date only as precisely as the article itself supports it, when ``date`` is more precise
    /// thanks to outside knowledge (e.g. `2014` for "three years after" when the record says June 2014).
    package var articleDate: PartialDate?
    /// How a quiz asks when the event happened ("When did al-Adnani deliver the sermon ¶5
    /// describes?"), when the generated question would read awkwardly.
    package var ask: String?
    package var teacherNote: String?
    package var excerpt: String
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, date: PartialDate, until: PartialDate? = nil, description: String, people: [String] = [],
                places: [String] = [], basis: DateBasis = .stated, phrase: String? = nil, articleDate: PartialDate? = nil,
                ask: String? = nil, teacherNote: String? = nil, excerpt: String, sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.date = date; self.until = until; self.description = description; self.people = people
        self.places = places; self.basis = basis; self.phrase = phrase; self.articleDate = articleDate
        self.ask = ask
        self.teacherNote = teacherNote
        self.excerpt = excerpt; self.sensitive = sensitive; self.location = location
    }
}

extension TimelineEvent {
    /// The date the article itself gives or lets a reader work out, to the precision it allows;
    /// `nil` when the date comes only from outside the article.
    package var textDate: PartialDate? {
        if let articleDate { return articleDate }
        return basis == .outside ? nil : date
    }
}
