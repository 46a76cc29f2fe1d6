/// The few words and people a reader most needs, chosen the same way for the briefing and the
/// teacher's guide.
package enum KeyItems {
    /// Subject-specific words (tier 3) before academic (tier 2) before everyday ones, earlier in the
    /// article first, at most `limit`; returned in article order. Terms the audience hides are left out.
    package static func vocabulary(_ article: ArticleModel, audience: Audience, limit: Int?) -> [VocabularyTerm] {
        let terms = article.vocabulary.filter { !audience.sensitivity.hides($0) }
        let ranked = terms.enumerated().sorted {
            (-$0.element.tier, $0.element.location?.paragraph ?? Int.max, $0.offset)
                < (-$1.element.tier, $1.element.location?.paragraph ?? Int.max, $1.offset)
        }.map(\.element.id)
        let kept = Set(limit.map { Array(ranked.prefix($0)) } ?? ranked)
        return terms.filter { kept.contains($0.id) }
    }

    /// The people the article names in most paragraphs (then the earliest), at most `limit`, in the
    /// order the article names them. People the audience hides are never chosen.
    package static func people(_ article: ArticleModel, audience: Audience, limit: Int?) -> [Entity] {
        let people = article.people.filter { !audience.sensitivity.hides($0) }
        let ranked = people.enumerated().sorted {
            (-$0.element.paragraphs.count, $0.element.paragraphs.first ?? Int.max, $0.offset)
                < (-$1.element.paragraphs.count, $1.element.paragraphs.first ?? Int.max, $1.offset)
        }.map(\.element.id)
        let kept = Set(limit.map { Array(ranked.prefix($0)) } ?? ranked)
        return people.filter { kept.contains($0.id) }.sorted { ($0.paragraphs.first ?? Int.max) < ($1.paragraphs.first ?? Int.max) }
    }
}
