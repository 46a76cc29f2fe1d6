import PacketModel

/// "How many …? Write a number." for figures the article gives as numbers. Exact figures are
/// marked exactly, "about" figures within 10%. Vague quantities ("several hundred", "thousands"),
/// ranks ("second largest") and figures of speech ("ten times worse") are not asked as numbers.
enum NumericGenerator: ItemGenerator {
    static let type = QuizItemType.numeric

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.statistics.compactMap { stat in
            guard stat.isAskedAsNumber, case .exact(let value) = stat.value, let support = context.support(stat) else { return nil }
            let tolerance = stat.approximate ? (abs(value) * 0.1).rounded(.up) : 0
            var explanation = MultipleChoiceGenerator.explanation(for: stat, support: support)
            if tolerance > 0 {
                explanation += " Accept \(ValueText.number(value - tolerance)) to \(ValueText.number(value + tolerance))."
            }
            let question = MultipleChoiceGenerator.question(for: stat)
            return QuizItem(id: "numeric.\(stat.id)", type: type, kind: .statisticValue, skill: .numbers, dok: 1,
                            stem: "\(question) \(Statements.answerFormat(stat))",
                            answer: .number(value: value, tolerance: tolerance), explanation: explanation,
                            support: [support], bloom: .remember, difficulty: tolerance > 0 ? .easy : .medium,
                            sources: [stat.id])
        }
    }
}
