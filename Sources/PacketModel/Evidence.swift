/// What kind of support a piece of evidence is.
public enum EvidenceType: String, Codable, Sendable, CaseIterable {
    case statistic, quote, example, study, expert, analogy
}

/// Something the article offers in support of claims.
public struct Evidence: Excerpted, Codable, Hashable {
    public var id: String
    public var type: EvidenceType
    /// What the evidence is, in the editor's words.
    public var summary: String
    /// Ids of the claims it supports.
    public var supports: [String]
    /// Relevance and sufficiency, for the teacher.
    public var assessment: String
    /// The statistic or quote it rests on, if any.
    public var statistic: String?
    public var quote: String?
    public var excerpt: String
    public var sensitive: [String]
    public var location: Location?

    public init(id: String, type: EvidenceType, summary: String, supports: [String], assessment: String,
                statistic: String? = nil, quote: String? = nil, excerpt: String, sensitive: [String] = [],
                location: Location? = nil) {
        self.id = id; self.type = type; self.summary = summary; self.supports = supports
        self.assessment = assessment; self.statistic = statistic; self.quote = quote; self.excerpt = excerpt
        self.sensitive = sensitive; self.location = location
    }
}
