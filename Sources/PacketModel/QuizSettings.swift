/// How an audience's quiz is assembled (from `audience.yaml`, key `quiz`).
package struct QuizSettings: Codable, Sendable, Hashable {
    /// Items per form.
    package var count: Int
    /// Relative weight of each item type; types left out are not used.
    package var types: [QuizItemType: Int]
    /// Relative weight of each Bloom level.
    package var bloom: [BloomLevel: Int]
    /// Options per multiple-choice item (3 or 4 or 5).
    package var options: Int
    /// Number of forms (at least 2: A and B).
    package var forms: Int
    /// Seconds per question for timed exports such as Kahoot.
    package var secondsPerQuestion: Int

    package init(count: Int = 15, types: [QuizItemType: Int] = Dictionary(uniqueKeysWithValues: QuizItemType.allCases.map { ($0, 1) }),
                bloom: [BloomLevel: Int] = [.remember: 2, .understand: 2, .apply: 1, .analyze: 1, .evaluate: 1],
                options: Int = 4, forms: Int = 2, secondsPerQuestion: Int = 30) {
        self.count = count; self.types = types; self.bloom = bloom; self.options = options
        self.forms = forms; self.secondsPerQuestion = secondsPerQuestion
    }
}
