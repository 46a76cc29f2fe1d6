/// The article rewritten for younger readers at one reading band, paragraph by paragraph: every
/// body paragraph of the original is adapted (into one or two short paragraphs) or left out with
/// a reason, so that `[¶n]` citations still point at the right place.
package struct Adaptation: Codable, Sendable, Hashable {
    /// The band's name, e.g. `grades-6-8`; an audience chooses its text by this name.
    package var band: String
    /// One entry per body paragraph of the original, in paragraph order.
    package var paragraphs: [AdaptedParagraph]
    /// Hard words kept from the original, with a definition for this band.
    package var glossary: [GlossaryEntry]

    package init(band: String, paragraphs: [AdaptedParagraph], glossary: [GlossaryEntry] = []) {
        self.band = band; self.paragraphs = paragraphs; self.glossary = glossary
    }

    /// The Flesch–Kincaid grades the band's name stands for, half a grade either side:
    /// `grades-6-8` is 5.5–8.5, `grade-5` 4.5–5.5; `nil` for a name that names no grades.
    package var gradeRange: ClosedRange<Double>? {
        let parts = band.split(separator: "-")
        guard let word = parts.first, word == "grades" || word == "grade" else { return nil }
        let numbers = parts.dropFirst().compactMap { Int($0) }
        guard numbers.count == parts.count - 1, let low = numbers.first, let high = numbers.last,
              (1...2).contains(numbers.count), low <= high else { return nil }
        return (Double(low) - 0.5)...(Double(high) + 0.5)
    }

    /// The adapted text of every paragraph that is not left out, numbered as in the original.
    package var adaptedParagraphs: [(number: Int, text: [String])] {
        paragraphs.compactMap { $0.omitted == nil ? ($0.number, $0.text) : nil }
    }
}

/// The adaptation of one original body paragraph: its text (one or two paragraphs), or the
/// reason it is left out for this band.
package struct AdaptedParagraph: Codable, Sendable, Hashable {
    /// The original paragraph's number, as cited `[¶n]`.
    package var number: Int
    /// The adapted text: one paragraph, or two short ones. Empty when omitted.
    package var text: [String]
    /// Why the paragraph is left out (e.g. content younger readers should not read); `nil` when adapted.
    package var omitted: String?

    package init(number: Int, text: [String], omitted: String? = nil) {
        self.number = number; self.text = text; self.omitted = omitted
    }
}

/// A word kept from the original, explained for the adaptation's readers.
package struct GlossaryEntry: Codable, Sendable, Hashable {
    package var term: String
    package var definition: String

    package init(term: String, definition: String) { self.term = term; self.definition = definition }
}
