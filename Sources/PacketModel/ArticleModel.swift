/// The curated model of one article: what it argues, with what evidence and numbers,
/// who and what it names, and when things happened.
///
/// Loaded from `seeds/<id>/model.yaml`; the validator fills in the computed parts
/// (``paragraphs``, each item's ``Excerpted/location`` and each entity's paragraphs).
public struct ArticleModel: Codable, Sendable, Hashable {
    /// The article id: the seed folder's name.
    public var id: String
    public var metadata: Metadata
    public var layout: TextLayout
    /// A one-paragraph summary of the article in the editor's words.
    public var summary: String
    /// A plainer summary for younger readers.
    public var plainSummary: String?
    public var thesis: Claim
    public var claims: [Claim]
    public var relations: [Relation]
    public var evidence: [Evidence]
    public var statistics: [Statistic]
    public var quotes: [Quote]
    public var people: [Entity]
    public var organizations: [Entity]
    public var places: [Entity]
    public var events: [TimelineEvent]
    public var vocabulary: [VocabularyTerm]
    public var questions: [AuthoredQuestion]
    /// What follows from the argument, for professional readers.
    public var implications: [String]
    /// Developments that would confirm or undercut the argument.
    public var watchFor: [String]
    /// The numbered body paragraphs (computed by the validator).
    public var paragraphs: [Paragraph]

    public init(id: String, metadata: Metadata, layout: TextLayout = TextLayout(), summary: String,
                plainSummary: String? = nil, thesis: Claim,
                claims: [Claim] = [], relations: [Relation] = [], evidence: [Evidence] = [],
                statistics: [Statistic] = [], quotes: [Quote] = [], people: [Entity] = [],
                organizations: [Entity] = [], places: [Entity] = [], events: [TimelineEvent] = [],
                vocabulary: [VocabularyTerm] = [], questions: [AuthoredQuestion] = [],
                implications: [String] = [], watchFor: [String] = [], paragraphs: [Paragraph] = []) {
        self.id = id; self.metadata = metadata; self.layout = layout; self.summary = summary
        self.plainSummary = plainSummary; self.thesis = thesis
        self.claims = claims; self.relations = relations; self.evidence = evidence
        self.statistics = statistics; self.quotes = quotes; self.people = people
        self.organizations = organizations; self.places = places; self.events = events
        self.vocabulary = vocabulary; self.questions = questions
        self.implications = implications; self.watchFor = watchFor; self.paragraphs = paragraphs
    }

    /// The thesis followed by the claims, in model order.
    public var allClaims: [Claim] { [thesis] + claims }

    /// People, organisations and places together.
    public var entities: [Entity] { people + organizations + places }

    /// The person with this id, if any.
    public func person(_ id: String) -> Entity? { people.first { $0.id == id } }

    /// The claim (or thesis) with this id, if any.
    public func claim(_ id: String) -> Claim? { allClaims.first { $0.id == id } }

    /// Timeline events in date order (ties keep model order).
    public var chronologicalEvents: [TimelineEvent] {
        events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// Display name for an `assertedBy` or speaker id: `the author` or the person's name.
    public func displayName(for id: String) -> String {
        if id == "author" { return metadata.author ?? "the author" }
        return entities.first { $0.id == id }?.name ?? id
    }
}
