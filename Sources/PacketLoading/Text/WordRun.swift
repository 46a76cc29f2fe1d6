/// The words of a normalised paragraph (split at single spaces) with their lowercased
/// characters, so closest-passage windows are built without re-splitting or re-lowercasing.
struct WordRun {
    private let words: [Substring]
    private let lowered: [[Character]]
    /// `lengths[i]` is the number of lowercased characters of words `0..<i`.
    private let lengths: [Int]

    init(_ text: String) {
        words = text.split(separator: " ")
        lowered = words.map { Array($0.lowercased()) }
        var lengths = [0]
        for word in lowered { lengths.append(lengths[lengths.count - 1] + word.count) }
        self.lengths = lengths
    }

    var count: Int { words.count }

    /// Characters of words `start..<end` joined by single spaces, lowercased.
    func length(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        return lengths[end] - lengths[start] + (end - start - 1)
    }

    /// Writes the lowercased words `start..<end`, joined by single spaces, into `buffer`.
    func lowercased(from start: Int, to end: Int, into buffer: inout [Character]) {
        buffer.removeAll(keepingCapacity: true)
        for index in start..<max(start, end) {
            if index > start { buffer.append(" ") }
            buffer.append(contentsOf: lowered[index])
        }
    }

    /// The words `start..<end` as written, joined by single spaces.
    func text(from start: Int, to end: Int) -> String {
        words[start..<max(start, end)].joined(separator: " ")
    }
}

/// A countdown of work shared by one matcher's searches.
final class SearchBudget {
    private var remaining: Int

    init(cells: Int) { remaining = cells }

    /// Takes `cells` from the budget; false (taking nothing) when not enough is left.
    func spend(_ cells: Int) -> Bool {
        guard cells <= remaining else { return false }
        remaining -= cells
        return true
    }
}

/// The ``WordRun``s of a matcher's paragraphs, made only when first needed: most models have no
/// missing excerpt, and lower-casing every word of a long article took longer than matching it.
final class LazyWordRuns {
    private let paragraphs: [NormalizedText]
    private var made: [WordRun]?

    init(_ paragraphs: [NormalizedText]) { self.paragraphs = paragraphs }

    var runs: [WordRun] {
        if let made { return made }
        let runs = paragraphs.map { WordRun($0.string) }
        made = runs
        return runs
    }
}
