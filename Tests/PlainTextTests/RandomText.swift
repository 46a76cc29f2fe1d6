import PacketModel
import TestHelpers

/// Random prose-like text: words of letters with typographic punctuation and `[¶n]` citations.
enum RandomText {
    static func paragraph(words count: Int, maxWordLength: Int, using rng: inout SplitMix64) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzéü’—")
        var words: [String] = []
        for _ in 0..<count {
            if Int.random(in: 0..<8, using: &rng) == 0, !words.isEmpty {
                words.append("[¶\(Int.random(in: 1...30, using: &rng))]")
                continue
            }
            let length = Int.random(in: 1...maxWordLength, using: &rng)
            words.append(String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }))
        }
        // Random runs of spaces between words: wrapping must treat them as one.
        return words.map { $0 + String(repeating: " ", count: Int.random(in: 1...3, using: &rng)) }.joined()
    }
}
