import PacketModel

/// What the caller knows about an article before drafting its model.
package struct DraftOptions: Sendable {
    /// The article id (the seed folder's name).
    package var id: String
    /// The publication date when known; otherwise it is inferred from the latest date in the text.
    package var published: PartialDate?
    /// The outlet, when known; otherwise the draft says `TODO: outlet`.
    package var outlet: String?
    package var author: String?
    /// The genre, when known; otherwise it is guessed from the share of opinion and prediction cues.
    package var genre: Genre?
    /// BCP 47 language tag; the finders only understand English.
    package var language: String
    /// At most this many vocabulary entries go into the model (all candidates are listed in the draft).
    var vocabularyLimit: Int
    /// At most this many claims (besides the thesis) go into the model.
    var claimLimit: Int

    package init(id: String, published: PartialDate? = nil, outlet: String? = nil, author: String? = nil,
                genre: Genre? = nil, language: String = "en", vocabularyLimit: Int = 12, claimLimit: Int = 15) {
        self.id = id; self.published = published; self.outlet = outlet; self.author = author
        self.genre = genre; self.language = language; self.vocabularyLimit = vocabularyLimit
        self.claimLimit = claimLimit
    }
}

/// A first model of an article for an editor to correct.
package struct Draft: Sendable {
    /// The drafted model; it passes validation (excerpts unique, ids resolve), but its wording is a guess.
    package var model: ArticleModel
    /// Ids of the items the drafter guessed: write them with `review: true`.
    package var reviewIds: Set<String>
    /// Words worth defining, most promising first (the model holds the first few with TODO definitions).
    package var glossaryCandidates: [String]
    /// What the drafter guessed or left out, for the editor.
    package var notes: [String]

    package init(model: ArticleModel, reviewIds: Set<String>, glossaryCandidates: [String], notes: [String]) {
        self.model = model; self.reviewIds = reviewIds; self.glossaryCandidates = glossaryCandidates
        self.notes = notes
    }
}

/// Why an article cannot be drafted.
package enum DraftError: Error, Equatable, CustomStringConvertible {
    /// The text has no words at all.
    case emptyText
    /// The text has a headline and nothing else.
    case noBody
    /// Every paragraph is repeated elsewhere, so no excerpt can be unique.
    case noUniqueText

    package var description: String {
        switch self {
        case .emptyText: return "the article text is empty: there is nothing to draft from"
        case .noBody: return "the article text has a headline but no body paragraphs to draft from"
        case .noUniqueText: return "every paragraph of the article text is repeated elsewhere: no excerpt can point at one place"
        }
    }
}
