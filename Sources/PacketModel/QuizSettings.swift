/// How Moodle XML asks ordering items: with Moodle's `ordering` question type (core since
/// Moodle 4.4, a plugin before) or, for older sites, as `matching` questions.
package enum MoodleOrdering: String, Codable, Sendable, CaseIterable {
    case ordering, matching
}

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
    /// Skills, Depth of Knowledge and two-part items every form must have; `nil` chooses by the
    /// type and Bloom weights alone.
    package var blueprint: QuizBlueprint?
    /// The standard each skill assesses (e.g. `RI.9-10.8`), printed in answer keys and `quiz.json`.
    package var standards: [QuizSkill: String]
    /// How `quiz.moodle.xml` asks ordering items.
    package var moodleOrdering: MoodleOrdering

    package init(count: Int = 15, types: [QuizItemType: Int] = Dictionary(uniqueKeysWithValues: QuizItemType.allCases.map { ($0, 1) }),
                bloom: [BloomLevel: Int] = [.remember: 2, .understand: 2, .apply: 1, .analyze: 1, .evaluate: 1],
                options: Int = 4, forms: Int = 2, secondsPerQuestion: Int = 30, blueprint: QuizBlueprint? = nil,
                standards: [QuizSkill: String] = [:], moodleOrdering: MoodleOrdering = .ordering) {
        self.count = count; self.types = types; self.bloom = bloom; self.options = options
        self.forms = forms; self.secondsPerQuestion = secondsPerQuestion; self.blueprint = blueprint
        self.standards = standards; self.moodleOrdering = moodleOrdering
    }
}
