/// What kind of support a piece of evidence is.
package enum EvidenceType: String, Codable, Sendable, CaseIterable {
    case statistic, quote, example, study, expert, analogy
}

/// How much weight a piece of evidence bears, in the editor's judgement (see its assessment).
package enum EvidenceStrength: String, Codable, Sendable, CaseIterable, Comparable {
    case weak, moderate, strong

    package static func < (a: EvidenceStrength, b: EvidenceStrength) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Something the article offers in support of claims.
package struct Evidence: Excerpted, Codable, Hashable {
    package var id: String
    package var type: EvidenceType
    /// What the evidence is, in the editor's words.
    package var summary: String
    /// Ids of the claims it supports.
    package var supports: [String]
    /// Relevance and sufficiency, for the teacher.
    package var assessment: String
    /// The editor's verdict on its weight; briefings show each main claim's strongest evidence.
    package var strength: EvidenceStrength?
    /// The statistic or quote it rests on, if any.
    package var statistic: String?
    package var quote: String?
    package var excerpt: String
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, type: EvidenceType, summary: String, supports: [String], assessment: String,
                strength: EvidenceStrength? = nil, statistic: String? = nil, quote: String? = nil, excerpt: String,
                sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.type = type; self.summary = summary; self.supports = supports
        self.assessment = assessment; self.strength = strength; self.statistic = statistic; self.quote = quote; self.excerpt = excerpt
        self.sensitive = sensitive; self.location = location
    }
}
