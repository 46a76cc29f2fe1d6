/// What kind of writing the article is.
package enum Genre: String, Codable, Sendable, CaseIterable {
    case news, opinion, analysis, editorial, speech, science, explainer
}

/// When the article was published, and whether that date was deduced from the text.
package struct PublicationDate: Codable, Sendable, Hashable {
    package var date: PartialDate
    /// True when the date is deduced (e.g. from the latest event the text mentions).
    package var inferred: Bool
    /// How the date was deduced, for the teacher.
    package var note: String?

    package init(date: PartialDate, inferred: Bool = false, note: String? = nil) {
        self.date = date; self.inferred = inferred; self.note = note
    }
}

/// How strongly the content calls for a warning before class.
package enum AdvisoryLevel: String, Codable, Sendable, CaseIterable {
    case none, mild, moderate, strong
}

/// A content advisory: what may upset readers, and a note for the teacher.
package struct ContentAdvisory: Codable, Sendable, Hashable {
    package var level: AdvisoryLevel
    package var topics: [String]
    package var teacherNote: String?

    package init(level: AdvisoryLevel, topics: [String] = [], teacherNote: String? = nil) {
        self.level = level; self.topics = topics; self.teacherNote = teacherNote
    }
}

/// Where a copy of the article comes from and on what terms it may be shared with a class.
package struct ArticleSource: Codable, Sendable, Hashable {
    /// The web address of the original (http or https).
    package var url: String
    /// The licence or terms, e.g. `Public domain (US federal government work)` or `CC BY 4.0`.
    package var license: String
    /// The day the text was copied from `url`.
    package var retrieved: PartialDate

    package init(url: String, license: String, retrieved: PartialDate) {
        self.url = url; self.license = license; self.retrieved = retrieved
    }
}

/// Bibliographic facts about the article.
package struct Metadata: Codable, Sendable, Hashable {
    package var title: String
    package var dek: String?
    package var outlet: String
    /// True when the outlet is worked out (e.g. from the page's furniture) rather than printed:
    /// every file that names the outlet then says it is inferred.
    package var outletInferred: Bool
    package var author: String?
    package var genre: Genre
    package var published: PublicationDate
    /// BCP 47 language tag, e.g. `en`.
    package var language: String
    package var tags: [String]
    package var advisory: ContentAdvisory
    /// Where the facts above come from when the text does not say (for the teacher).
    package var sourceNote: String?
    /// The original's address, licence and retrieval date, printed on the student's copy.
    package var source: ArticleSource?

    package init(title: String, dek: String? = nil, outlet: String, outletInferred: Bool = false, author: String? = nil,
                genre: Genre, published: PublicationDate, language: String = "en", tags: [String] = [],
                advisory: ContentAdvisory = ContentAdvisory(level: .none), sourceNote: String? = nil,
                source: ArticleSource? = nil) {
        self.title = title; self.dek = dek; self.outlet = outlet; self.outletInferred = outletInferred
        self.author = author; self.genre = genre
        self.published = published; self.language = language; self.tags = tags; self.advisory = advisory
        self.sourceNote = sourceNote; self.source = source
    }
}
