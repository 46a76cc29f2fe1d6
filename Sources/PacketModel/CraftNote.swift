/// What kind of choice of words a craft note is about.
package enum CraftDevice: String, Codable, Sendable, CaseIterable {
    /// A word with strong feelings attached ("brag", "disgruntled misfits").
    case loadedWord = "loaded-word"
    /// A word that makes a claim sound more certain than the evidence allows ("undoubtedly").
    case booster
    /// A word that limits a claim ("as far as we know", "largely").
    case hedge
    /// An overstatement ("almost too high to count").
    case exaggeration
    /// A phrase that sets the writer's attitude towards the reader or the subject ("Needless to say").
    case tone
}

/// A word or phrase the author chose, what it does to the reader, and a more neutral choice:
/// what craft items ask about (`craft:` in `model.yaml`).
package struct CraftNote: Excerpted, Codable, Hashable {
    package var id: String
    /// The word or phrase, exactly as the article prints it; it lies within ``excerpt``.
    package var words: String
    package var device: CraftDevice
    /// The effect on the reader, in one sentence: a quiz key.
    package var effect: String
    /// A more neutral word or phrase the author could have used, if there is one.
    package var neutral: String?
    /// The article's words around ``words``, quoted in the question.
    package var excerpt: String
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, words: String, device: CraftDevice, effect: String, neutral: String? = nil,
                excerpt: String, sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.words = words; self.device = device; self.effect = effect; self.neutral = neutral
        self.excerpt = excerpt; self.sensitive = sensitive; self.location = location
    }
}
