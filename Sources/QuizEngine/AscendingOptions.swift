import PacketModel

/// Options for a number or a date asked as multiple choice: listed in ascending order, with the
/// answer at a random rank so that "the middle one" or "the biggest one" is no strategy.
enum AscendingOptions {
    /// The answer and up to `count - 1` distractor values in ascending order; `nil` when fewer than
    /// ``minimumDistractors`` candidates survive. Candidates earlier in the list are preferred.
    static func values(answer: Double, candidates: [Double], count: Int, isTrue: (Double) -> Bool,
                       random: inout SplitMix64) -> [Double]? {
        var seen: Set<Double> = [answer]
        var lower: [Double] = [], higher: [Double] = []
        for c in candidates where c.isFinite && !seen.contains(c) && !isTrue(c) {
            seen.insert(c)
            if c < answer { lower.append(c) } else { higher.append(c) }
        }
        let total = min(count, 1 + lower.count + higher.count)
        guard total - 1 >= minimumDistractors else { return nil }
        let fewest = max(0, total - 1 - higher.count), most = min(total - 1, lower.count)
        let rank = fewest + random.below(most - fewest + 1)
        let chosen = Array(lower.prefix(rank)) + [answer] + Array(higher.prefix(total - 1 - rank))
        return chosen.sorted()
    }
}
