/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator whose output is the same on
/// every platform and Swift version. The quiz engine's shuffles and draws, the benchmark's
/// synthetic articles and the tests' generated inputs all use this one generator, so forms stay
/// byte-identical across toolchains and generated inputs are the same on every run.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    /// A generator for one named purpose (an item id, a form name) derived from a base seed,
    /// so that adding an item to the model does not reshuffle every other item.
    package init(seed: UInt64, purpose: String) {
        self.init(seed: seed ^ FNV1a.hash(purpose))
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` without modulo bias (Lemire's method); 0 when `bound` is 1 or less.
    package mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// The elements in a random order (Fisher–Yates).
    package mutating func shuffled<T>(_ items: [T]) -> [T] {
        shuffledIndices(items.count).map { items[$0] }
    }

    /// `0..<count` in a random order (Fisher–Yates), the order ``shuffled(_:)`` puts `count`
    /// elements in: a caller that shuffles many long arrays shuffles their places instead.
    package mutating func shuffledIndices(_ count: Int) -> [Int] {
        var result = Array(0..<count)
        var i = count - 1
        while i > 0 {
            result.swapAt(i, below(i + 1))
            i -= 1
        }
        return result
    }

    /// One element, or `nil` for an empty array.
    package mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[below(items.count)]
    }
}

/// FNV-1a, 64-bit: a stable hash of text (Swift's `hashValue` changes from run to run).
package enum FNV1a {
    package static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
