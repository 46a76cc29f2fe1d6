import PacketModel

/// General cautions about a number as evidence, each with the rule that says from the model
/// whether it applies. "What does this figure not show?" items key the statistic's own
/// `does_not_show` and offer cautions that do not apply to it as the wrong answers.
struct StatisticCautions: Sendable {
    let text: String
    let applies: @Sendable (Statistic) -> Bool

    static let all: [StatisticCautions] = [
        StatisticCautions(text: "It is a figure of speech, not a measurement.") { $0.figurative },
        StatisticCautions(text: "It is a ranking, not a count or an amount.") { $0.isRank },
        StatisticCautions(text: "It gives only a lower limit, not an exact number.") { stat in
            if case .range(_, nil) = stat.value { return true }
            return false
        },
        StatisticCautions(text: "It is a rough estimate, not an exact count.") { $0.approximate || $0.figurative },
        StatisticCautions(text: "The article does not say who produced it.") { $0.source == nil },
        StatisticCautions(text: "The article does not say what period it covers.") { $0.period == nil },
    ]
}
