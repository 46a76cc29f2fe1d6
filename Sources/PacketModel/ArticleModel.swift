/// The curated model of one article: what it argues, with what evidence and numbers,
/// who and what it names, and when things happened.
///
/// Loaded from `seeds/<id>/model.yaml`; the validator fills in the computed parts
/// (``paragraphs``, each item's ``Excerpted/location`` and each entity's paragraphs).
package struct ArticleModel: Codable, Sendable, Hashable {
    /// The article id: the seed folder's name.
    package var id: String
    package var metadata: Metadata
    package var layout: TextLayout
    /// A one-paragraph summary of the article in the editor's words.
    package var summary: String
    /// A plainer summary for younger readers.
    package var plainSummary: String?
    package var thesis: Claim
    package var claims: [Claim]
    package var relations: [Relation]
    package var evidence: [Evidence]
    package var statistics: [Statistic]
    package var quotes: [Quote]
    package var people: [Entity]
    package var organizations: [Entity]
    package var places: [Entity]
    package var events: [TimelineEvent]
    package var vocabulary: [VocabularyTerm]
    package var questions: [AuthoredQuestion]
    /// What follows from the argument, for professional readers.
    package var implications: [String]
    /// Developments that would confirm or undercut the argument.
    package var watchFor: [String]
    /// The numbered body paragraphs (computed by the validator).
    package var paragraphs: [Paragraph]

    package init(id: String, metadata: Metadata, layout: TextLayout = TextLayout(), summary: String,
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
    package var allClaims: [Claim] { [thesis] + claims }

    /// People, organisations and places together.
    package var entities: [Entity] { people + organizations + places }

    /// The person with this id, if any.
    package func person(_ id: String) -> Entity? { people.first { $0.id == id } }

    /// The claim (or thesis) with this id, if any.
    package func claim(_ id: String) -> Claim? { thesis.id == id ? thesis : claims.first { $0.id == id } }

    /// Timeline events in date order (ties keep model order).
    package var chronologicalEvents: [TimelineEvent] {
        events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// Display name for an `assertedBy` or speaker id: `the author` or the person's name.
    package func displayName(for id: String) -> String {
        if id == "author" { return metadata.author ?? "the author" }
        return entities.first { $0.id == id }?.name ?? id
    }
}
