import PacketModel

/// The article's paragraphs as characters with their sentences, made once per quiz: the words
/// items quote are cut from here.
final class ArticlePassages {
    private let paragraphs: [Int: (text: [Character], sentences: [Range<Int>])]

    init(model: ArticleModel) {
        var paragraphs: [Int: (text: [Character], sentences: [Range<Int>])] = [:]
        for paragraph in model.paragraphs {
            let text = Array(paragraph.text)
            paragraphs[paragraph.number] = (text, Sentences.spans(text))
        }
        self.paragraphs = paragraphs
    }

    /// The words to quote for an excerpt at `location`: its whole sentence when that is at most
    /// `limit` characters, else the clause around it (between dashes, semicolons or brackets), else the
    /// excerpt alone. `nil` when the location is not in the article.
    func passage(at location: Location, limit: Int = 220) -> Passage? {
        guard let (text, sentences) = paragraphs[location.paragraph] else { return nil }
        let excerpt = location.offset..<(location.offset + location.length)
        guard excerpt.upperBound <= text.count else { return nil }
        let covering = sentences.filter { $0.overlaps(excerpt) }
        guard let first = covering.first, let last = covering.last else { return nil }
        var range = first.lowerBound..<max(last.upperBound, excerpt.upperBound)
        let sentence = range
        if range.count > limit {
            range = clause(around: excerpt, in: text, within: sentence)
            if range.count > limit { range = phrases(around: excerpt, in: text, within: range, limit: limit) }
        }
        return Passage(support: SupportingExcerpt(paragraph: location.paragraph, text: String(text[range])), offset: range.lowerBound,
                       cutBefore: range.lowerBound > sentence.lowerBound, cutAfter: range.upperBound < sentence.upperBound)
    }

    /// The stretch of `sentence` around `excerpt` bounded by dashes, semicolons or brackets.
    private func clause(around excerpt: Range<Int>, in text: [Character], within sentence: Range<Int>) -> Range<Int> {
        let breaks: Set<Character> = ["—", "–", ";", "(", ")"]
        var lo = min(excerpt.lowerBound, sentence.upperBound)
        while lo > sentence.lowerBound, !breaks.contains(text[lo - 1]) { lo -= 1 }
        var hi = max(excerpt.upperBound, sentence.lowerBound)
        while hi < sentence.upperBound, !breaks.contains(text[hi]) { hi += 1 }
        return Sentences.trimmed(lo..<hi, in: text)
    }

    /// The comma-separated phrases around `excerpt` within `clause`, as many as fit in `limit`
    /// characters (when even its own phrase is longer, the words around the excerpt that fit).
    private func phrases(around excerpt: Range<Int>, in text: [Character], within clause: Range<Int>, limit: Int) -> Range<Int> {
        var cuts = [clause.lowerBound]
        for i in clause where text[i] == "," && i + 1 < clause.upperBound && text[i + 1].isWhitespace { cuts.append(i + 1) }
        cuts.append(clause.upperBound)
        var lo = cuts.lastIndex { $0 <= excerpt.lowerBound } ?? 0
        var hi = cuts.firstIndex { $0 >= excerpt.upperBound } ?? cuts.count - 1
        func span(_ a: Int, _ b: Int) -> Range<Int> { Sentences.trimmed(cuts[a]..<cuts[b], in: text) }
        guard span(lo, hi).count <= limit else { return words(around: excerpt, in: text, within: clause, limit: limit / 2) }
        var growRight = true
        while true {
            if growRight, hi + 1 < cuts.count, span(lo, hi + 1).count <= limit { hi += 1 }
            else if lo > 0, span(lo - 1, hi).count <= limit { lo -= 1 }
            else if hi + 1 < cuts.count, span(lo, hi + 1).count <= limit { hi += 1 }
            else { break }
            growRight.toggle()
        }
        var range = span(lo, hi)
        // A phrase ending at a cut ends with its comma: leave the comma out.
        while range.count > 0, text[range.upperBound - 1] == "," { range = range.lowerBound..<(range.upperBound - 1) }
        return range
    }

    /// The whole words around `excerpt` within `clause`, one at a time on either side, up to `limit` characters.
    private func words(around excerpt: Range<Int>, in text: [Character], within clause: Range<Int>, limit: Int) -> Range<Int> {
        var lo = excerpt.lowerBound, hi = excerpt.upperBound
        func previousWord(_ i: Int) -> Int? {
            var j = i
            while j > clause.lowerBound, text[j - 1].isWhitespace { j -= 1 }
            guard j > clause.lowerBound else { return nil }
            while j > clause.lowerBound, !text[j - 1].isWhitespace { j -= 1 }
            return j
        }
        func nextWord(_ i: Int) -> Int? {
            var j = i
            while j < clause.upperBound, text[j].isWhitespace { j += 1 }
            guard j < clause.upperBound else { return nil }
            while j < clause.upperBound, !text[j].isWhitespace { j += 1 }
            return j
        }
        var grew = true
        while grew {
            grew = false
            if let j = previousWord(lo), hi - j <= limit { lo = j; grew = true }
            if let j = nextWord(hi), j - lo <= limit { hi = j; grew = true }
        }
        var range = Sentences.trimmed(lo..<hi, in: text)
        while range.count > 0, ",;:".contains(text[range.upperBound - 1]) { range = range.lowerBound..<(range.upperBound - 1) }
        return range
    }
}
