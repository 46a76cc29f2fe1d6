/// Measures the readability of English prose the way Python's `textstat` does: words are
/// whitespace-separated runs with a letter or digit (hyphenated words count once), sentences end at
/// `.`, `!` or `?`, and fragments of two words or fewer are not counted as sentences.
package enum Readability {
    /// Scores `prose`; pass running text only (headings and list items skew the result).
    package static func measure(_ prose: String) -> ReadabilityScore {
        let words = self.words(in: prose)
        return ReadabilityScore(words: words.count, sentences: sentenceCount(prose),
                                syllables: words.reduce(0) { $0 + Syllables.count($1) })
    }

    /// The words of `text`, with punctuation (but not letters or digits) removed.
    static func words(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).compactMap { token in
            let word = token.filter { $0.isLetter || $0.isNumber || $0 == "’" || $0 == "'" }
            return word.contains(where: { $0.isLetter || $0.isNumber }) ? String(word) : nil
        }
    }

    /// Sentences: runs ending in `.`, `!` or `?` (a final run without one counts too) that have more
    /// than two words; at least 1 for non-empty text.
    static func sentenceCount(_ text: String) -> Int {
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return 0 }
        var sentences = 0
        var current = ""
        func close() {
            if words(in: current).count > 2 { sentences += 1 }
            current = ""
        }
        var previousWasTerminator = false
        for character in text {
            let isTerminator = ".!?".contains(character)
            if previousWasTerminator && !isTerminator { close() }
            current.append(character)
            previousWasTerminator = isTerminator
        }
        close()
        return max(1, sentences)
    }
}
