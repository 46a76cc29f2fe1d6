import Synchronization

/// Finds the shortest run of words around a spot that occurs exactly once in the article,
/// without rescanning the text for each candidate.
///
/// The validator matches excerpts as substrings after normalising spacing, quote marks and
/// dashes, with case kept. Letters and digits survive that normalisation unchanged, so any
/// occurrence of an excerpt spanning tokens `a…b` contains its *inner* tokens `a+1…b-1` as whole
/// tokens in order. When that inner token sequence occurs once in the whole article, so does the
/// excerpt. Counting token sequences goes through a posting list per distinct token, starting
/// from the rarest token of the sequence, so a check costs the rarest token's frequency rather
/// than the article's length; a sequence whose rarest token is very frequent counts as repeated
/// (that only makes excerpts longer, never wrong). The index only reads after it is made, so
/// excerpts can be made on several threads at once.
final class ExcerptIndex: Sendable {
    let article: TokenizedText
    private let ids: [Int32]
    private let postingStart: [Int32]
    private let postings: [Int32]
    /// Token comparisons made so far: lets tests check that the cost grows linearly.
    var comparisons: Int { comparisonCount.load(ordering: .relaxed) }
    private let comparisonCount = Atomic<Int>(0)

    /// A sequence whose rarest token occurs more often than this is treated as repeated.
    static let postingCap = 128

    init(_ article: TokenizedText) {
        self.article = article
        let ids = article.textIds
        var counts = [Int32](repeating: 0, count: article.wordCount + 1)
        for id in ids { counts[Int(id) + 1] += 1 }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var fill = counts
        var postings = [Int32](repeating: 0, count: ids.count)
        for (position, id) in ids.enumerated() {
            postings[Int(fill[Int(id)])] = Int32(position)
            fill[Int(id)] += 1
        }
        self.ids = ids
        self.postingStart = counts
        self.postings = postings
    }

    /// How many times the tokens in `range` occur in order in the article, counting at most to `limit`.
    func occurrences(of range: Range<Int>, limit: Int = 2) -> [Int] {
        guard !range.isEmpty else { return [] }
        var rarest = range.lowerBound
        for i in range where frequency(i) < frequency(rarest) { rarest = i }
        return occurrences(of: range, rarest: rarest, limit: limit)
    }

    /// How often the token at position `i` occurs in the article.
    func frequency(_ i: Int) -> Int {
        let id = Int(ids[i])
        return Int(postingStart[id + 1] - postingStart[id])
    }

    /// ``occurrences(of:limit:)`` when the caller knows the position of the rarest token in `range`.
    private func occurrences(of range: Range<Int>, rarest: Int, limit: Int) -> [Int] {
        var found: [Int] = []
        guard scan(range, rarest: rarest, limit: limit, { found.append($0) }) else { return Array(repeating: -1, count: limit) }
        return found
    }

    /// Calls `found` with each start (at most `limit`) where the tokens of `range` occur in order;
    /// false, calling nothing, when the rarest token is too frequent to look (the sequence then counts
    /// as repeated).
    private func scan(_ range: Range<Int>, rarest: Int, limit: Int, _ found: (Int) -> Void) -> Bool {
        guard frequency(rarest) <= ExcerptIndex.postingCap else { return false }
        let id = Int(ids[rarest])
        let shift = rarest - range.lowerBound
        var matches = 0
        var comparisons = 0
        defer { comparisonCount.add(comparisons, ordering: .relaxed) }
        for p in postings[Int(postingStart[id])..<Int(postingStart[id + 1])] {
            let start = Int(p) - shift
            guard start >= 0, start + range.count <= ids.count else { continue }
            var match = true
            for k in 0..<range.count {
                comparisons += 1
                if ids[start + k] != ids[range.lowerBound + k] { match = false; break }
            }
            if match {
                found(start)
                matches += 1
                if matches >= limit { break }
            }
        }
        return true
    }

    /// The shortest unique excerpt containing `anchor` and at least `minimumTokens` tokens, grown
    /// word by word inside the anchor's sentence first and then its paragraph (line); `nil` when
    /// even the whole paragraph is not unique or the excerpt would exceed `maximumTokens`.
    func excerpt(around anchor: Range<Int>, minimumTokens: Int = 6, maximumTokens: Int = 60) -> String? {
        guard let span = uniqueSpan(around: anchor, minimumTokens: minimumTokens, maximumTokens: maximumTokens)
        else { return nil }
        return article.text(from: span.lowerBound, through: span.upperBound - 1)
    }

    /// The token range of ``excerpt(around:minimumTokens:maximumTokens:)``.
    func uniqueSpan(around anchor: Range<Int>, minimumTokens: Int = 6, maximumTokens: Int = 60) -> Range<Int>? {
        guard !anchor.isEmpty else { return nil }
        let line = article.lines[article.tokens[anchor.lowerBound].line].tokens
        let sentence = article.sentence(around: anchor.lowerBound)
        var lo = anchor.lowerBound
        var hi = anchor.upperBound - 1
        var preferRight = true
        // The rarest inner token, kept up to date as the span grows so each check costs O(1) to set up.
        var rarest: Int?
        for i in (lo + 1)..<max(hi, lo + 1) where rarest.map({ frequency(i) < frequency($0) }) ?? true { rarest = i }
        func consider(_ i: Int) { if rarest.map({ frequency(i) < frequency($0) }) ?? true { rarest = i } }
        func grow(within bounds: Range<Int>) -> Bool {
            let canRight = hi + 1 < bounds.upperBound
            let canLeft = lo - 1 >= bounds.lowerBound
            if canRight && (preferRight || !canLeft) {
                if hi > lo { consider(hi) }
                hi += 1
            } else if canLeft {
                if hi > lo { consider(lo) }
                lo -= 1
            } else {
                return false
            }
            preferRight.toggle()
            return true
        }
        func unique() -> Bool {
            guard hi - lo >= 2, let rarest else { return false }
            var count = 0   // counted, not collected: this runs at every step of every excerpt's growth
            return scan((lo + 1)..<hi, rarest: rarest, limit: 2, { _ in count += 1 }) && count == 1
        }
        while hi - lo + 1 < minimumTokens || !unique() {
            if hi - lo + 1 >= maximumTokens { return nil }
            if !grow(within: sentence) && !grow(within: line) {
                if unique() { break }   // a short paragraph: take all of it
                return nil
            }
        }
        // Keep words whole: take in "’t", "’s" and hyphenated parts joined to either end.
        let joiners: Set<String> = ["'", "’", "-", "‐", "‑"]
        while lo > line.lowerBound && article.joined(lo - 1, by: joiners) { lo -= 1 }
        while hi + 1 < line.upperBound && article.joined(hi, by: joiners) { hi += 1 }
        return lo..<(hi + 1)
    }
}
