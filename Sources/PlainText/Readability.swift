import Synchronization

/// Measures the readability of English prose the way Python's `textstat` does: words are
/// whitespace-separated runs with a letter or digit (hyphenated words count once), sentences end at
/// `.`, `!` or `?`, and fragments of two words or fewer are not counted as sentences.
package enum Readability {
    /// Scores `prose`; pass running text only (headings and list items skew the result).
    /// A long text is scored once per process: the same article and adaptation are measured by the
    /// loader, the numbered article and the guide of every audience.
    package static func measure(_ prose: String) -> ReadabilityScore {
        guard prose.utf8.count >= 2_000 else { return score(prose) }
        if let known = measured.withLock({ $0[prose] }) { return known }
        let score = score(prose)
        measured.withLock { $0[prose] = score }
        return score
    }

    private static func score(_ prose: String) -> ReadabilityScore {
        let words = self.words(in: prose)
        return ReadabilityScore(words: words.count, sentences: sentenceCount(prose),
                                syllables: words.reduce(0) { $0 + Syllables.count($1) })
    }

    /// Long texts already scored, by their text.
    private static let measured = Mutex<[String: ReadabilityScore]>([:])

    /// The number of words in `text`, counted as ``measure(_:)`` counts them.
    package static func wordCount(_ text: String) -> Int { words(in: text).count }

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
        // One pass: a word (a whitespace-separated run holding a letter or digit, as in
        // ``words(in:)``) is counted in the sentence it stands in; a sentence ends where a
        // character other than `.`, `!` or `?` follows one of them, which also ends the word.
        var sentences = 0, wordsInSentence = 0
        var tokenIsWord = false, previousWasTerminator = false
        func endToken() {
            if tokenIsWord { wordsInSentence += 1 }
            tokenIsWord = false
        }
        func close() {
            endToken()
            if wordsInSentence > 2 { sentences += 1 }
            wordsInSentence = 0
        }
        for character in text {
            let isTerminator = character == "." || character == "!" || character == "?"
            if previousWasTerminator && !isTerminator { close() }
            if character.isWhitespace {
                endToken()
            } else if character.isLetter || character.isNumber {
                tokenIsWord = true
            }
            previousWasTerminator = isTerminator
        }
        close()
        return max(1, sentences)
    }
}
