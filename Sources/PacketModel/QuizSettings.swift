/// How an audience's quiz is assembled (from `audience.yaml`, key `quiz`).
public struct QuizSettings: Codable, Sendable, Hashable {
    /// Items per form.
    public var count: Int
    /// Relative weight of each item type; types left out are not used.
    public var types: [QuizItemType: Int]
    /// Relative weight of each Bloom level.
    public var bloom: [BloomLevel: Int]
    /// Options per multiple-choice item (3 or 4 or 5).
    public var options: Int
    /// Number of forms (at least 2: A and B).
    public var forms: Int
    /// Seconds per question for timed exports such as Kahoot.
    public var secondsPerQuestion: Int

    public init(count: Int = 15, types: [QuizItemType: Int] = Dictionary(uniqueKeysWithValues: QuizItemType.allCases.map { ($0, 1) }),
                bloom: [BloomLevel: Int] = [.remember: 2, .understand: 2, .apply: 1, .analyze: 1, .evaluate: 1],
                options: Int = 4, forms: Int = 2, secondsPerQuestion: Int = 30) {
        self.count = count; self.types = types; self.bloom = bloom; self.options = options
        self.forms = forms; self.secondsPerQuestion = secondsPerQuestion
    }
}
