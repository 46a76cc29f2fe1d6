/// Which paragraphs hold each word, so an excerpt is looked for only where it can occur.
///
/// In normalised text an excerpt `w0 w1 … wn` can only match where its inner words `w1 … wn-1`
/// stand as whole words (a space on each side), so only the paragraphs holding its rarest inner
/// word need scanning; the first and last words may be parts of longer words and are not used.
/// Scanning every paragraph for every excerpt made validating a model of a long article
/// quadratic (minutes for the draft of a 5 MB text); the matches found are the same.
struct ParagraphWords {
    private let paragraphsByWord: [String: [Int]]

    init(_ paragraphs: [NormalizedText]) {
        var index: [String: [Int]] = [:]
        for (number, text) in paragraphs.enumerated() {
            // Paragraphs come in order, so a word already listed for this one is its list's last entry.
            for word in Self.words(text) where index[word]?.last != number { index[word, default: []].append(number) }
        }
        paragraphsByWord = index
    }

    /// The paragraphs (in order) that can hold `needle`, or `nil` when it has no inner word and
    /// every paragraph must be scanned.
    func candidates(for needle: [Character]) -> [Int]? {
        let parts = Self.words(needle)
        guard parts.count >= 3 else { return nil }
        var best: [Int]?
        for word in parts.dropFirst().dropLast() {
            let found = paragraphsByWord[word] ?? []
            if found.count < best?.count ?? Int.max { best = found }
        }
        return best
    }

    /// ``words(_:)-([Character])`` of a paragraph, split in its string (much faster). A space of the
    /// characters can join a neighbouring combining mark in the string; then fewer words come out
    /// of the string, and the characters are split instead.
    private static func words(_ text: NormalizedText) -> [String] {
        let words = text.string.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count == text.spaces + 1 else { return Self.words(text.characters) }
        return words.map(String.init)
    }

    /// The runs of characters between single spaces, as normalised text separates words.
    private static func words(_ characters: [Character]) -> [String] {
        characters.split(separator: " ", omittingEmptySubsequences: false).map { String($0) }
    }
}
