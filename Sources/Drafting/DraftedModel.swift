import PacketModel

/// A first model of an article for an editor to correct.
package struct DraftedModel: Sendable {
    /// The drafted model; it passes validation (excerpts unique, ids resolve), but its wording is a guess.
    package var model: ArticleModel
    /// Ids of the items the drafter guessed: write them with `review: true`.
    package var reviewIds: Set<String>
    /// What each guess rests on and how sure the drafter is (`review: {basis, confidence}`).
    package var reviewReasons: [String: ReviewReason] = [:]
    /// Words worth defining, most promising first (the model holds the first few with TODO definitions).
    package var glossaryCandidates: [String]
    /// What the drafter guessed or left out, for the editor.
    package var notes: [String]

    package init(model: ArticleModel, reviewIds: Set<String>, glossaryCandidates: [String], notes: [String]) {
        self.model = model; self.reviewIds = reviewIds; self.glossaryCandidates = glossaryCandidates
        self.notes = notes
    }
}
