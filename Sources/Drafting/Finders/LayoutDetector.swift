import PacketModel

/// Works out which lines are the headline, dek, credits, boilerplate and pull quotes, so that the
/// remaining lines are numbered as body paragraphs the way the validator numbers them.
enum LayoutDetector {
    struct Result {
        var layout: TextLayout
        /// Line indices (0-based) of body paragraphs, in order.
        var bodyLines: [Int]
        var notes: [String]
        /// The name on a byline ("By Jane Doe"), if any.
        var author: String?
        /// Where the body prints the words of a pull quote (token ranges), in text order.
        var echoes: [Range<Int>] = []
    }

    static let creditPrefixes = ["image:", "images:", "photo:", "photos:", "photograph:", "picture:", "credit:",
                                 "illustration:", "image credit", "photo credit", "(photo", "[photo", "photo by",
                                 "pictured:", "file photo"]
    static let creditMarks = ["getty images", "ap photo", "reuters/", "/reuters", "shutterstock", "afp/", "/afp",
                              "via getty", "epa/", "/epa"]
    static let boilerplateMarks = ["earn a commission", "commission from", "affiliate link", "affiliate commission", "share this", "share on", "share via", "sign up",
                                   "subscribe", "newsletter", "follow us", "click here", "read more",
                                   "advertisement", "all rights reserved", "©", "copyright", "originally published",
                                   "originally appeared", "related:", "recommended:", "more from", "share:",
                                   "tweet this", "email this", "listen to this article", "minute read"]

    static func detect(_ article: TokenizedText, index: ExcerptIndex) -> Result {
        var layout = TextLayout()
        var notes: [String] = []
        let filled = article.lines.indices.filter { !article.lines[$0].isBlank }
        guard let titleLine = filled.first else { return Result(layout: layout, bodyLines: [], notes: [], author: nil) }
        layout.title = [article.lines[titleLine].number]
        var taken: Set<Int> = [titleLine]

        var author: String?
        for l in filled.dropFirst() where article.lines[l].tokens.count <= 40 {
            let text = article.text(ofLine: l).lowercased()
            let words = article.lines[l].tokens.count
            let tokens = article.lines[l].tokens
            if author == nil, (2...6).contains(words), article.tokens[tokens.lowerBound].text == "By",
               tokens.dropFirst().allSatisfy({ article.tokens[$0].isCapitalized || ["and", "de", "van", "von", "al", "bin"].contains(article.tokens[$0].text) }) {
                author = article.text(from: tokens.lowerBound + 1, through: tokens.upperBound - 1)
                layout.boilerplate.append(article.lines[l].number); taken.insert(l)
                notes.append("Line \(article.lines[l].number) was taken as the byline: author \(author ?? "").")
            } else if words <= 20 && (creditPrefixes.contains { text.hasPrefix($0) } || creditMarks.contains { MarkSearch.contains(text, $0) }) {
                layout.photoCredit.append(article.lines[l].number); taken.insert(l)
            } else if words <= 40 && boilerplateMarks.contains(where: { MarkSearch.contains(text, $0) }) {
                layout.boilerplate.append(article.lines[l].number); taken.insert(l)
            }
        }
        let (pulled, echoes) = pullQuotes(article, index: index, candidates: filled.filter { !taken.contains($0) })
        for l in pulled {
            layout.pullQuote.append(article.lines[l].number); taken.insert(l)
        }
        layout.pullQuote.sort()

        var body = filled.filter { !taken.contains($0) }
        if let dek = dek(article, body: body, title: titleLine) {
            layout.dek = [article.lines[dek].number]
            body.removeAll { $0 == dek }
            notes.append("Line \(article.lines[dek].number) was taken as the dek (a short line under the headline): check.")
        }
        if !layout.pullQuote.isEmpty {
            notes.append("Lines \(layout.pullQuote.map(String.init).joined(separator: ", ")) were taken as pull quotes (text repeated from the body).")
        }
        return Result(layout: layout, bodyLines: body, notes: notes, author: author, echoes: echoes)
    }

    /// Short lines printed twice (verbatim, or again inside a longer line). Of verbatim copies with no
    /// longer line holding them, the last stays in the body.
    private static func pullQuotes(_ article: TokenizedText, index: ExcerptIndex, candidates: [Int]) -> ([Int], [Range<Int>]) {
        var result: [Int] = []
        var echoes: Set<Range<Int>> = []
        for l in candidates {
            let tokens = article.lines[l].tokens
            guard (6...40).contains(tokens.count) else { continue }
            let inner = (tokens.lowerBound + 1)..<(tokens.upperBound - 1)
            var inLonger = false
            var laterCopy = false
            for start in index.occurrences(of: inner, limit: 16) where start >= 0 {
                let other = article.tokens[start].line
                guard other != l else { continue }
                let otherCount = article.lines[other].tokens.count
                if otherCount > tokens.count {
                    inLonger = true
                    let echo = (start - 1)..<(start + inner.count + 1)
                    if article.lines[other].tokens.contains(echo.lowerBound) && article.lines[other].tokens.contains(echo.upperBound - 1) {
                        echoes.insert(echo)
                    }
                } else if otherCount == tokens.count && other > l {
                    laterCopy = true
                }
            }
            if inLonger || laterCopy { result.append(l) }
        }
        return (result, echoes.sorted { $0.lowerBound < $1.lowerBound })
    }

    /// The line right under the headline when it reads like a subtitle: short, without a closing full stop,
    /// with at least two body paragraphs after it.
    private static func dek(_ article: TokenizedText, body: [Int], title: Int) -> Int? {
        guard let first = body.first, body.count >= 3,
              article.lines[first].number <= article.lines[title].number + 2 else { return nil }
        let words = article.lines[first].tokens.count
        let text = article.text(ofLine: first).trimmingTrailingSpace
        guard (3...30).contains(words), let last = text.unicodeScalars.last else { return nil }
        return ".!?\"”’'".unicodeScalars.contains(last) || text.hasSuffix(":") ? nil : first
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingTrailingSpace: String {
        trimming(where: { $0.isSpace })
    }

    /// The string without leading and trailing whitespace or any of `characters`.
    func trimming(_ characters: String) -> String {
        let set = Set(characters.unicodeScalars)
        return trimming { set.contains($0) || $0.isSpace }
    }

    private func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Array(unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && drop(scalars[lo]) { lo += 1 }
        while hi > lo && drop(scalars[hi - 1]) { hi -= 1 }
        return TokenizedText.slice(scalars, lo, hi)
    }
}
