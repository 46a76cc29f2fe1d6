import PacketModel

/// A quick test that rules out a name before Foundation's slower, canonical-equivalence search.
enum ByteSearch {
    /// Scalars canonically equivalent to an ASCII character (Kelvin sign, Greek question mark,
    /// Greek varia): only in text holding one of them can an ASCII word match without its bytes.
    private static let asciiLookalikes: Set<Unicode.Scalar> = ["\u{212A}", "\u{037E}", "\u{1FEF}"]

    /// True when `text` holds a scalar that `String.range(of:)` matches to an ASCII character.
    static func hasLookalike(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.isASCII && asciiLookalikes.contains($0) }
    }

    /// False only when `text` certainly does not contain `word` under `String.range(of:)`:
    /// `word` is ASCII, `text` has no ASCII look-alike (``hasLookalike(_:)``, computed once per text
    /// by the caller), and the bytes of `word` are not in `text`.
    static func mayContain(_ text: String, lookalike: Bool, _ word: String) -> Bool {
        guard !lookalike, word.utf8.allSatisfy({ $0 < 128 }) else { return true }
        return text.bytesContain(word)
    }
}
