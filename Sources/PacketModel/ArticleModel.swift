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
    /// Words the author chose for their effect (loaded words, boosters, hedges, tone).
    package var craft: [CraftNote]
    package var questions: [AuthoredQuestion]
    /// What follows from the argument, for professional readers.
    package var implications: [String]
    /// Developments that would confirm or undercut the argument.
    package var watchFor: [String]
    /// What happened after publication (from outside the article), in date order as listed.
    package var aftermath: [LaterEvent]
    /// Background and anticipation statements for the teacher's guide.
    package var teaching: TeachingNotes
    /// The article adapted for younger readers, one entry per reading band.
    package var adaptations: [Adaptation]
    /// `counterarguments: none`: the editor states that the article raises no opposing view at all,
    /// which the briefing and the guide then say (a model that simply has none says nothing).
    package var counterarguments: Absence?
    /// `statistics: none`: the editor states that the article gives no figures at all.
    package var statisticsAbsence: Absence?
    /// The numbered body paragraphs (computed by the validator).
    package var paragraphs: [Paragraph]

    package init(id: String, metadata: Metadata, layout: TextLayout = TextLayout(), summary: String,
                plainSummary: String? = nil, thesis: Claim,
                claims: [Claim] = [], relations: [Relation] = [], evidence: [Evidence] = [],
                statistics: [Statistic] = [], quotes: [Quote] = [], people: [Entity] = [],
                organizations: [Entity] = [], places: [Entity] = [], events: [TimelineEvent] = [],
                vocabulary: [VocabularyTerm] = [], craft: [CraftNote] = [], questions: [AuthoredQuestion] = [],
                implications: [String] = [], watchFor: [String] = [], aftermath: [LaterEvent] = [],
                teaching: TeachingNotes = TeachingNotes(), adaptations: [Adaptation] = [],
                counterarguments: Absence? = nil, statisticsAbsence: Absence? = nil, paragraphs: [Paragraph] = []) {
        self.id = id; self.metadata = metadata; self.layout = layout; self.summary = summary
        self.plainSummary = plainSummary; self.thesis = thesis
        self.claims = claims; self.relations = relations; self.evidence = evidence
        self.statistics = statistics; self.quotes = quotes; self.people = people
        self.organizations = organizations; self.places = places; self.events = events
        self.vocabulary = vocabulary; self.craft = craft; self.questions = questions
        self.implications = implications; self.watchFor = watchFor; self.aftermath = aftermath
        self.teaching = teaching; self.adaptations = adaptations; self.paragraphs = paragraphs
        self.counterarguments = counterarguments; self.statisticsAbsence = statisticsAbsence
    }

    /// The adaptation for a reading band, if the model has one.
    package func adaptation(_ band: String) -> Adaptation? { adaptations.first { $0.band == band } }

    /// The quiz skills the article has nothing for, by the editor's own statement (`counterarguments:
    /// none`, `statistics: none`): a blueprint's items of these skills are asked as argument structure.
    package var absentSkills: [QuizSkill] {
        (counterarguments == nil ? [] : [.counterargument]) + (statisticsAbsence == nil ? [] : [.numbers])
    }

    /// The thesis followed by the claims, in model order.
    package var allClaims: [Claim] { [thesis] + claims }

    /// People, organisations and places together.
    package var entities: [Entity] { people + organizations + places }

    /// The person with this id, if any.
    package func person(_ id: String) -> Entity? { people.first { $0.id == id } }

    /// The claim (or thesis) with this id, if any.
    package func claim(_ id: String) -> Claim? { thesis.id == id ? thesis : claims.first { $0.id == id } }

    /// Timeline events in date order (ties keep model order; a year-only event stays where the
    /// model lists it among the events of its year: see ``Chronology``).
    package var chronologicalEvents: [TimelineEvent] { Chronology.ordered(events) }

    /// Display name for an `assertedBy` or speaker id: `the author` or the person's name.
    package func displayName(for id: String) -> String {
        if id == "author" { return metadata.author ?? "the author" }
        return entities.first { $0.id == id }?.name ?? id
    }
}
