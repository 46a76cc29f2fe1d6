/// Counts of a text and the two Flesch readability formulas computed from them.
package struct ReadabilityScore: Sendable, Hashable {
    package var words: Int
    package var sentences: Int
    package var syllables: Int

    package init(words: Int, sentences: Int, syllables: Int) {
        self.words = words; self.sentences = sentences; self.syllables = syllables
    }

    /// Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    package var fleschKincaidGrade: Double {
        guard words > 0, sentences > 0 else { return 0 }
        return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
    }

    /// Flesch Reading Ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    package var fleschReadingEase: Double {
        guard words > 0, sentences > 0 else { return 0 }
        return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
    }

    var wordsPerSentence: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }
    var syllablesPerWord: Double { words == 0 ? 0 : Double(syllables) / Double(words) }
}
