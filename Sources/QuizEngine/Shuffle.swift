import PacketModel

/// Shuffles that must not give the answer away.
enum Shuffle {
    /// A random order of `items` that is not the order given (when more than one distinct item).
    static func notInOrder(_ items: [String], random: inout SplitMix64) -> [String] {
        guard Set(items).count > 1 else { return items }
        for _ in 0..<16 {
            let candidate = random.shuffled(items)
            if candidate != items { return candidate }
        }
        return Array(items.dropFirst()) + items.prefix(1)
    }
}
