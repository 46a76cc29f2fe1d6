/// Where some words stand in an article: a line (0 is the headline) and a range of UTF-8 offsets in it.
struct TextSpan: Hashable, Sendable {
    var line: Int
    var start: Int
    var end: Int

    func overlaps(_ other: TextSpan) -> Bool {
        line == other.line && start < other.end && other.start < end
    }
}

/// The lines of an article, searched for the exact words a draft or an answer sheet quotes.
struct ArticleLines: Sendable {
    let lines: [String]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    /// Every place below the headline where `words` stand, in text order.
    func occurrences(of words: String) -> [TextSpan] {
        guard !words.isEmpty else { return [] }
        var found: [TextSpan] = []
        for (l, line) in lines.enumerated().dropFirst() {
            for r in line.ranges(of: words) {
                found.append(TextSpan(line: l, start: line.utf8.distance(from: line.startIndex, to: r.lowerBound),
                                      end: line.utf8.distance(from: line.startIndex, to: r.upperBound)))
            }
        }
        return found
    }

    /// The first place `words` stand, if any.
    func first(_ words: String) -> TextSpan? { occurrences(of: words).first }

    /// Where `inner` stands inside the span `outer` (the first time), or `outer` itself when it does not.
    func narrow(_ outer: TextSpan, to inner: String) -> TextSpan {
        let line = lines[outer.line]
        let utf8 = line.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: outer.start)
        let hi = utf8.index(utf8.startIndex, offsetBy: outer.end)
        guard !inner.isEmpty, let r = line[lo..<hi].ranges(of: inner).first else { return outer }
        return TextSpan(line: outer.line, start: utf8.distance(from: utf8.startIndex, to: r.lowerBound),
                        end: utf8.distance(from: utf8.startIndex, to: r.upperBound))
    }
}
