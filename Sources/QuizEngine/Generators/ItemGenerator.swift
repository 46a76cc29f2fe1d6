import PacketModel

/// Builds the items of one type from the visible part of the model. A generator returns no item
/// rather than a weak one when the model cannot supply what the template needs.
protocol ItemGenerator {
    static var type: QuizItemType { get }
    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem]
}

/// Every generator, in the bank's canonical type order.
var allGenerators: [any ItemGenerator.Type] {
    [
        MultipleChoiceGenerator.self, TrueFalseGenerator.self, NumericGenerator.self, MatchingGenerator.self,
        OrderingGenerator.self, ShortAnswerGenerator.self, WhoSaidItGenerator.self, FactOpinionGenerator.self,
        ClaimEvidenceGenerator.self, EssayGenerator.self,
    ]
}

/// The fewest distractors a choice item may have.
let minimumDistractors = 2

extension QuizItem {
    /// A choice item with the answer first; forms move it to a balanced position.
    static func choice(id: String, type: QuizItemType, stem: String, answer: String, distractors: [String],
                       explanation: String, source: any Excerpted, bloom: BloomLevel, difficulty: Difficulty,
                       sources: [String]) -> QuizItem? {
        guard distractors.count >= minimumDistractors else { return nil }
        return QuizItem(id: id, type: type, stem: stem, options: [answer] + distractors, answer: .choice(0),
                        explanation: explanation, paragraph: source.location?.paragraph, excerpt: source.excerpt,
                        bloom: bloom, difficulty: difficulty, sources: sources)
    }
}
