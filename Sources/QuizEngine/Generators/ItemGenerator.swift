import PacketModel

/// Builds the items of one type from the visible part of the model. A generator returns no item
/// rather than a weak one when the model cannot supply what the template needs.
protocol ItemGenerator {
    static var type: QuizItemType { get }
    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem]
}

/// Every generator, in the bank's canonical order.
var allGenerators: [any ItemGenerator.Type] {
    [
        MultipleChoiceGenerator.self, CentralIdeaGenerator.self, ClaimLinkGenerator.self, CounterargumentGenerator.self,
        CraftGenerator.self, StatisticLimitGenerator.self, TrueFalseGenerator.self, NumericGenerator.self,
        MatchingGenerator.self, OrderingGenerator.self, ShortAnswerGenerator.self, WhoSaidItGenerator.self,
        FactOpinionGenerator.self, ClaimEvidenceGenerator.self, EvidenceClaimGenerator.self, TwoPartGenerator.self,
        EssayGenerator.self,
    ]
}

/// The fewest distractors a choice item may have.
let minimumDistractors = 2

extension QuizItem {
    /// A choice item with the answer first; forms move it to a balanced position.
    static func choice(id: String, type: QuizItemType, kind: QuizItemKind, skill: QuizSkill, dok: Int, stem: String,
                       shortStem: String? = nil, answer: String, distractors: [String], explanation: String,
                       support: [SupportingExcerpt], bloom: BloomLevel, difficulty: Difficulty,
                       sources: [String]) -> QuizItem? {
        guard distractors.count >= minimumDistractors, !support.isEmpty else { return nil }
        return QuizItem(id: id, type: type, kind: kind, skill: skill, dok: dok, stem: stem,
                        shortStem: shortStem.flatMap { $0 == stem ? nil : $0 }, options: [answer] + distractors,
                        answer: .choice(0), explanation: explanation, support: support, bloom: bloom,
                        difficulty: difficulty, sources: sources)
    }
}

extension Array where Element == SupportingExcerpt {
    /// The excerpts without repeats, in order.
    var unique: [SupportingExcerpt] {
        var seen: Set<SupportingExcerpt> = []
        return filter { seen.insert($0).inserted }
    }
}
