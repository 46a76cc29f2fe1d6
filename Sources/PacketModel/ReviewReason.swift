/// What a drafted guess rests on and how sure the drafter is, written into a draft's model as
/// `review: {basis, confidence}` and shown by `packet review`.
package struct ReviewReason: Sendable, Hashable {
    /// What the guess was based on, in a phrase: "speaker from “…, said X”", "a figure in ¶4".
    package var basis: String
    /// `low`, `medium` or `high`.
    package var confidence: String

    package init(basis: String, confidence: String) { self.basis = basis; self.confidence = confidence }
}
