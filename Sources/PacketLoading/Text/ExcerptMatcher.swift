import PacketModel

/// Finds excerpts in the body paragraphs, after normalising typography and white space.
struct ExcerptMatcher {
    /// What looking for one excerpt found.
    enum Match: Equatable {
        case found(Location)
        /// Found more than once: the paragraphs of the matches.
        case ambiguous([Int])
        /// Not found: the closest passage of the article and its paragraph (nil when the
        /// search budget was spent on earlier excerpts).
        case notFound(closest: String?, paragraph: Int?)
    }

    private let paragraphs: [Paragraph]
    private let normalized: [NormalizedText]
    private let folded: [NormalizedText]
    /// The words of each paragraph, made the first time a closest passage is looked for.
    private let paragraphWords: LazyWordRuns
    /// Edit-distance work left for suggesting closest passages. Searching is quadratic in the
    /// excerpt and linear in the article, so a model checked against the wrong article (hundreds
    /// of missing excerpts) would otherwise take minutes; a few typos stay well inside it.
    private let budget: SearchBudget
    /// For each word of the normalised (and of the case-folded) paragraphs, the paragraphs that hold it.
    private let words: ParagraphWords
    private let foldedWords: ParagraphWords

    /// Edit-distance cells (excerpt characters × window characters) a matcher may spend on
    /// closest-passage suggestions.
    static let suggestionBudget = 60_000_000

    /// A matcher for `paragraphs`; `normalized`, when given, is their ``NormalizedText``s made already.
    init(paragraphs: [Paragraph], normalized: [NormalizedText]? = nil, suggestionBudget: Int = Self.suggestionBudget) {
        self.paragraphs = paragraphs
        let normalized = normalized ?? paragraphs.map { NormalizedText($0.text) }
        self.normalized = normalized
        folded = normalized.map { $0.foldingCase() }
        paragraphWords = LazyWordRuns(normalized)
        budget = SearchBudget(cells: suggestionBudget)
        words = ParagraphWords(normalized)
        foldedWords = ParagraphWords(folded)
    }

    /// Looks for `excerpt`. With `firstOfMany`, several matches are fine and the first is used
    /// (vocabulary terms); with `ignoringCase`, letter case does not matter.
    func match(_ excerpt: String, firstOfMany: Bool = false, ignoringCase: Bool = false) -> Match {
        let needle = NormalizedText(excerpt, foldCase: ignoringCase).characters
        let haystacks = ignoringCase ? folded : normalized
        var hits: [(paragraph: Int, start: Int)] = []
        let candidates = (ignoringCase ? foldedWords : words).candidates(for: needle) ?? Array(haystacks.indices)
        for index in candidates {
            for start in haystacks[index].occurrences(of: needle) { hits.append((index, start)) }
        }
        if let first = hits.first, hits.count == 1 || firstOfMany {
            let range = haystacks[first.paragraph].originalRange(start: first.start, count: needle.count)
            return .found(Location(paragraph: paragraphs[first.paragraph].number, offset: range.offset, length: range.length))
        }
        if hits.count > 1 {
            return .ambiguous(hits.map { paragraphs[$0.paragraph].number })
        }
        guard let (passage, paragraph) = closestPassage(to: NormalizedText(excerpt).string) else {
            return .notFound(closest: nil, paragraph: nil)
        }
        return .notFound(closest: passage, paragraph: paragraph)
    }

    /// The run of words of the article most like `target` (same number of words, least edit
    /// distance), or nil once the matcher's search budget is spent.
    private func closestPassage(to target: String) -> (String, Int)? {
        let width = max(1, target.split(separator: " ").count)
        let targetChars = Array(target.lowercased())
        var best: (distance: Int, text: String, paragraph: Int) = (Int.max, "", paragraphs.first?.number ?? 0)
        var window: [Character] = []
        for (index, words) in paragraphWords.runs.enumerated() {
            for size in Set([max(1, width - 1), width, width + 1]).sorted() {
                let lastStart = max(0, words.count - size)
                for start in 0...lastStart {
                    let end = min(words.count, start + size)
                    let length = words.length(from: start, to: end)
                    // The distance is at least the difference in length: such a window cannot win.
                    if abs(length - targetChars.count) >= best.distance { continue }
                    guard budget.spend(targetChars.count * length) else { return nil }
                    words.lowercased(from: start, to: end, into: &window)
                    let d = Self.editDistance(targetChars, window, limit: best.distance)
                    if d < best.distance { best = (d, words.text(from: start, to: end), paragraphs[index].number) }
                }
            }
        }
        return (best.text, best.paragraph)
    }

    /// Levenshtein distance, giving up (returning `limit`) once every path exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin >= limit { return limit }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
