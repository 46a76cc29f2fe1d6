/// Bloom's taxonomy level of a question.
public enum BloomLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case remember, understand, apply, analyze, evaluate, create

    public static func < (a: BloomLevel, b: BloomLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One row of a rubric.
public struct RubricCriterion: Codable, Sendable, Hashable {
    public var criterion: String
    public var points: Int
    /// What full marks look like.
    public var description: String

    public init(criterion: String, points: Int, description: String) {
        self.criterion = criterion; self.points = points; self.description = description
    }
}

/// A discussion or essay prompt written by the model's editor.
public struct AuthoredQuestion: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case discussion, essay }

    public var id: String
    public var kind: Kind
    public var prompt: String
    public var bloom: BloomLevel
    public var rubric: [RubricCriterion]
    /// Ids of the claims, evidence or statistics the prompt is about.
    public var related: [String]

    public init(id: String, kind: Kind, prompt: String, bloom: BloomLevel, rubric: [RubricCriterion] = [],
                related: [String] = []) {
        self.id = id; self.kind = kind; self.prompt = prompt; self.bloom = bloom; self.rubric = rubric
        self.related = related
    }
}
