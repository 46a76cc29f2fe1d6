import PacketModel

/// How an item's options may be arranged on a form.
enum OptionLayout: Equatable {
    /// True/False: always in that order.
    case fixed
    /// Numbers or dates: always ascending (the answer's rank was drawn when the item was built).
    case ascending
    /// Matching and ordering: shuffled, never in the answer's own order.
    case shuffled
    /// Other choice items: permuted so the answer lands where the form needs it.
    case permutable
    /// Two-part items: each part's options permuted.
    case parts
    /// Items without options.
    case none

    init(_ item: QuizItem) {
        switch item.type {
        case .trueFalse: self = .fixed
        case .matching, .ordering: self = .shuffled
        case .multipleChoice, .whoSaidIt, .factOpinion, .claimEvidence:
            self = ValueText.isAscending(item.options) ? .ascending : .permutable
        case .twoPart: self = .parts
        case .numeric, .shortAnswer, .essay: self = .none
        }
    }
}

/// Where answers should sit on a form: each position gets its fair share, the expected count
/// Σ 1/n over the items with more than that many options (n = the item's option count).
enum AnswerPositions {
    /// The fair share of answers per position for items with these option counts.
    static func expected(_ optionCounts: [Int]) -> [Double] {
        let width = optionCounts.max() ?? 0
        return (0..<width).map { p in optionCounts.filter { $0 > p }.reduce(0) { $0 + 1 / Double($1) } }
    }

    /// A target position for each item: the most constrained items first, each to the allowed
    /// position furthest below its fair share (ties at random). `earlier` lists the option counts
    /// and answer positions of items already placed: the shares are for all of them together.
    static func targets(_ optionCounts: [Int], earlier: [(options: Int, answer: Int)] = [],
                        random: inout SplitMix64) -> [Int] {
        let fair = expected(optionCounts + earlier.map(\.options))
        var taken = [Double](repeating: 0, count: fair.count)
        for placed in earlier where taken.indices.contains(placed.answer) { taken[placed.answer] += 1 }
        var result = [Int](repeating: 0, count: optionCounts.count)
        let order = optionCounts.indices.sorted { (optionCounts[$0], $0) < (optionCounts[$1], $1) }
        for i in order where optionCounts[i] > 0 {
            let positions = random.shuffled(Array(0..<optionCounts[i]))
            guard let best = positions.max(by: { fair[$0] - taken[$0] < fair[$1] - taken[$1] }) else { continue }
            result[i] = best
            taken[best] += 1
        }
        return result
    }
}
