/// One sentence of the article, in its exact words, and where an excerpt stands in it.
package struct ArticleSentence: Sendable, Hashable {
    /// The sentence as printed.
    package var text: String
    /// The paragraph it belongs to.
    package var paragraph: Int
    /// Character offsets of the sentence within its paragraph.
    package var span: Range<Int>
    /// Character offsets of the excerpt within ``text``.
    package var highlight: Range<Int>

    package init(text: String, paragraph: Int, span: Range<Int>, highlight: Range<Int>) {
        self.text = text; self.paragraph = paragraph; self.span = span; self.highlight = highlight
    }

    /// True when the excerpt at `location` stands (at least partly) in this sentence.
    package func holds(_ location: Location) -> Bool {
        location.paragraph == paragraph && location.offset < span.upperBound && location.offset + location.length > span.lowerBound
    }
}

extension ArticleModel {
    /// The sentence of the article an excerpted item stands in, exactly as printed; `nil` when the
    /// item is not located or its location does not fit its paragraph.
    package func sentence(of item: some Excerpted) -> ArticleSentence? {
        guard let location = item.location, let paragraph = paragraph(location.paragraph) else { return nil }
        return paragraph.sentence(holding: location.offset..<(location.offset + max(location.length, 1)))
    }
}

extension Paragraph {
    /// The sentence that holds the characters `range` (one sentence, or the run of sentences the
    /// range spans), or `nil` when the range lies outside the paragraph.
    package func sentence(holding range: Range<Int>) -> ArticleSentence? {
        let characters = Array(text)
        guard range.lowerBound >= 0, range.upperBound <= characters.count, !range.isEmpty else { return nil }
        let starts = SentenceBounds.starts(characters)
        let start = starts.last { $0 <= range.lowerBound } ?? 0
        var end = starts.first { $0 >= range.upperBound } ?? characters.count
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        return ArticleSentence(text: String(characters[start..<end]), paragraph: number, span: start..<end,
                               highlight: (range.lowerBound - start)..<(range.upperBound - start))
    }
}

extension Paragraph {
    /// The paragraph's sentences, exactly as printed (white space between them left out).
    package var sentences: [String] {
        let characters = Array(text)
        let starts = SentenceBounds.starts(characters)
        return starts.indices.map { i in
            var end = i + 1 < starts.count ? starts[i + 1] : characters.count
            while end > starts[i], characters[end - 1].isWhitespace { end -= 1 }
            return String(characters[starts[i]..<end])
        }.filter { !$0.isEmpty }
    }
}

/// Where sentences start: after `.`, `?` or `!` (and any closing quotation marks or brackets),
/// white space, and a capital letter, a digit or an opening mark — but not after a short
/// abbreviation such as "Mr." or "Gen.".
enum SentenceBounds {
    static let closers: Set<Character> = ["”", "’", "\"", "'", ")", "]"]
    static let openers: Set<Character> = ["“", "‘", "\"", "'", "(", "["]
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "sen", "rep",
                                             "gov", "prof", "jr", "sr", "vs", "e.g", "i.e", "u.s", "u.k", "no"]

    static func starts(_ c: [Character]) -> [Int] {
        var starts = [0]
        var i = 0
        while i < c.count {
            guard c[i] == "." || c[i] == "?" || c[i] == "!" else { i += 1; continue }
            let mark = i
            var j = i + 1
            while j < c.count, closers.contains(c[j]) { j += 1 }
            guard j < c.count, c[j].isWhitespace else { i = j; continue }
            var k = j
            while k < c.count, c[k].isWhitespace { k += 1 }
            guard k < c.count, c[k].isUppercase || c[k].isNumber || openers.contains(c[k]) else { i = k; continue }
            if c[mark] == "." && isAbbreviation(c, endingAt: mark) { i = k; continue }
            starts.append(k)
            i = k
        }
        return starts
    }

    /// True when the word before the full stop at `dot` is a known abbreviation.
    static func isAbbreviation(_ c: [Character], endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0, !c[start - 1].isWhitespace, !openers.contains(c[start - 1]) { start -= 1 }
        let word = String(c[start..<dot]).lowercased()
        return abbreviations.contains(word)
    }
}
