/// What kind of writing the article is.
public enum Genre: String, Codable, Sendable, CaseIterable {
    case news, opinion, analysis, editorial
}

/// When the article was published, and whether that date was deduced from the text.
public struct PublicationDate: Codable, Sendable, Hashable {
    public var date: PartialDate
    /// True when the date is deduced (e.g. from the latest event the text mentions).
    public var inferred: Bool
    /// How the date was deduced, for the teacher.
    public var note: String?

    public init(date: PartialDate, inferred: Bool = false, note: String? = nil) {
        self.date = date; self.inferred = inferred; self.note = note
    }
}

/// How strongly the content calls for a warning before class.
public enum AdvisoryLevel: String, Codable, Sendable, CaseIterable {
    case none, mild, moderate, strong
}

/// A content advisory: what may upset readers, and a note for the teacher.
public struct ContentAdvisory: Codable, Sendable, Hashable {
    public var level: AdvisoryLevel
    public var topics: [String]
    public var teacherNote: String?

    public init(level: AdvisoryLevel, topics: [String] = [], teacherNote: String? = nil) {
        self.level = level; self.topics = topics; self.teacherNote = teacherNote
    }
}

/// Bibliographic facts about the article.
public struct Metadata: Codable, Sendable, Hashable {
    public var title: String
    public var dek: String?
    public var outlet: String
    public var author: String?
    public var genre: Genre
    public var published: PublicationDate
    /// BCP 47 language tag, e.g. `en`.
    public var language: String
    public var tags: [String]
    public var advisory: ContentAdvisory
    /// Where the facts above come from when the text does not say (for the teacher).
    public var sourceNote: String?

    public init(title: String, dek: String? = nil, outlet: String, author: String? = nil, genre: Genre,
                published: PublicationDate, language: String = "en", tags: [String] = [],
                advisory: ContentAdvisory = ContentAdvisory(level: .none), sourceNote: String? = nil) {
        self.title = title; self.dek = dek; self.outlet = outlet; self.author = author; self.genre = genre
        self.published = published; self.language = language; self.tags = tags; self.advisory = advisory
        self.sourceNote = sourceNote
    }
}
