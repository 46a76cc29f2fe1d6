import PacketModel

/// What the caller knows about an article before drafting its model.
public struct DraftOptions: Sendable {
    /// The article id (the seed folder's name).
    public var id: String
    /// The publication date when known; otherwise it is inferred from the latest date in the text.
    public var published: PartialDate?
    /// The outlet, when known; otherwise the draft says `TODO: outlet`.
    public var outlet: String?
    public var author: String?
    /// The genre, when known; otherwise it is guessed from the share of opinion and prediction cues.
    public var genre: Genre?
    /// BCP 47 language tag; the finders only understand English.
    public var language: String
    /// At most this many vocabulary entries go into the model (all candidates are listed in the draft).
    public var vocabularyLimit: Int
    /// At most this many claims (besides the thesis) go into the model.
    public var claimLimit: Int

    public init(id: String, published: PartialDate? = nil, outlet: String? = nil, author: String? = nil,
                genre: Genre? = nil, language: String = "en", vocabularyLimit: Int = 12, claimLimit: Int = 15) {
        self.id = id; self.published = published; self.outlet = outlet; self.author = author
        self.genre = genre; self.language = language; self.vocabularyLimit = vocabularyLimit
        self.claimLimit = claimLimit
    }
}

/// A first model of an article for an editor to correct.
public struct Draft: Sendable {
    /// The drafted model; it passes validation (excerpts unique, ids resolve), but its wording is a guess.
    public var model: ArticleModel
    /// Ids of the items the drafter guessed: write them with `review: true`.
    public var reviewIds: Set<String>
    /// Words worth defining, most promising first (the model holds the first few with TODO definitions).
    public var glossaryCandidates: [String]
    /// What the drafter guessed or left out, for the editor.
    public var notes: [String]

    public init(model: ArticleModel, reviewIds: Set<String>, glossaryCandidates: [String], notes: [String]) {
        self.model = model; self.reviewIds = reviewIds; self.glossaryCandidates = glossaryCandidates
        self.notes = notes
    }
}

/// Why an article cannot be drafted.
public enum DraftError: Error, Equatable, CustomStringConvertible {
    /// The text has no words at all.
    case emptyText
    /// The text has a headline and nothing else.
    case noBody
    /// Every paragraph is repeated elsewhere, so no excerpt can be unique.
    case noUniqueText

    public var description: String {
        switch self {
        case .emptyText: return "the article text is empty: there is nothing to draft from"
        case .noBody: return "the article text has a headline but no body paragraphs to draft from"
        case .noUniqueText: return "every paragraph of the article text is repeated elsewhere: no excerpt can point at one place"
        }
    }
}
