/// Turns weights into whole counts that add up to a total (Hamilton's largest-remainder method),
/// optionally capped by how many of each there are (a key missing from the caps has none); what a capped key cannot take goes to the rest.
enum Apportionment {
    /// Counts per key (keys in `order`), summing to `total` unless the caps are too small for it.
    static func counts<Key: Hashable>(total: Int, weights: [Key: Int], order: [Key],
                                      caps: [Key: Int]? = nil) -> [Key: Int] {
        var result: [Key: Int] = [:]
        let cap = { (key: Key) in caps.map { $0[key] ?? 0 } ?? Int.max }
        var active = order.filter { (weights[$0] ?? 0) > 0 && cap($0) > 0 }
        var remaining = max(0, total)
        while remaining > 0, !active.isEmpty {
            let share = largestRemainder(total: remaining, weights: active.map { weights[$0] ?? 0 })
            let overflowing = active.indices.filter { share[$0] > cap(active[$0]) }
            if overflowing.isEmpty {
                for (i, key) in active.enumerated() { result[key] = share[i] }
                return result
            }
            for i in overflowing {
                result[active[i]] = cap(active[i])
                remaining -= cap(active[i])
            }
            let full = Set(overflowing.map { active[$0] })
            active.removeAll { full.contains($0) }
        }
        return result
    }

    /// Hamilton's method: floors of the exact quotas, then one more to the largest remainders
    /// (ties to the earlier key).
    static func largestRemainder(total: Int, weights raw: [Int]) -> [Int] {
        // Bounded so that weight × total cannot overflow, whatever an audience file says.
        let weights = raw.map { min(max($0, 0), 1_000_000) }
        let total = min(max(total, 0), 1_000_000)
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var counts = weights.map { $0 * total / sum }
        let remainders = weights.map { ($0 * total) % sum }
        let left = total - counts.reduce(0, +)
        let ranked = remainders.indices.sorted { (remainders[$1], $0) < (remainders[$0], $1) }
        for i in ranked.prefix(left) { counts[i] += 1 }
        return counts
    }
}
