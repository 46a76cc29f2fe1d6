/// Bloom's taxonomy level of a question.
package enum BloomLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case remember, understand, apply, analyze, evaluate, create

    package static func < (a: BloomLevel, b: BloomLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One row of a rubric.
package struct RubricCriterion: Codable, Sendable, Hashable {
    package var criterion: String
    package var points: Int
    /// What full marks look like.
    package var description: String

    package init(criterion: String, points: Int, description: String) {
        self.criterion = criterion; self.points = points; self.description = description
    }
}

/// A discussion or essay prompt written by the model's editor.
package struct AuthoredQuestion: Codable, Sendable, Hashable {
    package enum Kind: String, Codable, Sendable, CaseIterable { case discussion, essay }

    package var id: String
    package var kind: Kind
    package var prompt: String
    package var bloom: BloomLevel
    package var rubric: [RubricCriterion]
    /// Ids of the claims, evidence or statistics the prompt is about; their paragraphs are the ones
    /// that support the model answer.
    package var related: [String]
    /// What a full-marks answer says, for the teacher's guide.
    package var modelAnswer: String?
    /// The reading skill the prompt assesses (default `argument-structure`).
    package var skill: QuizSkill?
    /// Its Depth of Knowledge, 1–4 (default 3: a written answer that uses evidence).
    package var dok: Int?

    package init(id: String, kind: Kind, prompt: String, bloom: BloomLevel, rubric: [RubricCriterion] = [],
                related: [String] = [], modelAnswer: String? = nil, skill: QuizSkill? = nil, dok: Int? = nil) {
        self.id = id; self.kind = kind; self.prompt = prompt; self.bloom = bloom; self.rubric = rubric
        self.related = related; self.modelAnswer = modelAnswer; self.skill = skill; self.dok = dok
    }
}
