import PacketModel

/// "What figure does the article give for …? Enter a number." Exact figures are marked exactly,
/// "about" figures within 10%, ranges ("several hundred") anywhere inside the range; open-ended
/// ranges ("thousands") have no single answer and are not asked.
enum NumericGenerator: ItemGenerator {
    static let type = QuizItemType.numeric

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.statistics.compactMap { stat in
            let value: Double, tolerance: Double
            switch stat.value {
            case .exact(let v):
                value = v
                tolerance = stat.approximate ? (abs(v) * 0.1).rounded(.up) : 0
            case .range(let lo, let hi?):
                value = (lo + hi) / 2
                tolerance = (hi - lo) / 2
            case .range(_, nil):
                return nil
            }
            let measure = TextNormal.definite(TextNormal.clause(stat.measures))
            var explanation = "The article gives “\(stat.asWritten)” for \(measure) \(stat.citation)."
            if tolerance > 0 {
                explanation += " Accept \(ValueText.number(value - tolerance)) to \(ValueText.number(value + tolerance))."
            }
            if let caveat = stat.caveat { explanation += " Keep in mind: \(caveat)" }
            return QuizItem(id: "numeric.\(stat.id)", type: type,
                            stem: "What figure does the article give for \(measure)? \(Statements.answerFormat(stat))",
                            answer: .number(value: value, tolerance: tolerance), explanation: explanation,
                            paragraph: stat.location?.paragraph, excerpt: stat.excerpt, bloom: .remember,
                            difficulty: tolerance > 0 ? .easy : .medium, sources: [stat.id])
        }
    }
}
