import PacketModel

/// What the caller knows about an article before drafting its model.
package struct DraftOptions: Sendable {
    /// The article id (the seed folder's name).
    package var id: String
    /// The publication date when known; otherwise the date the text prints at its head (a date line or a
    /// dateline), or else a placeholder marked TODO.
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
