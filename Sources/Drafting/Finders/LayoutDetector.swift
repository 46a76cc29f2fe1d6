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
        /// Body lines (0-based) that are section headings: short, unpunctuated, followed by a paragraph.
        /// They stay numbered paragraphs, but hold no names, claims or quotes.
        var headings: Set<Int> = []
        /// Body lines before the first full paragraph — a venue, a place line, "As prepared for delivery":
        /// names and figures count there, claims do not.
        var headLines: Set<Int> = []
        /// The publication date the text prints at its head (a date line or a dateline), if any.
        var printedDate: DateMention?
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
        var printedDate: DateMention?
        // The head of the text: the lines before the first full paragraph.
        let head = Set(filled.dropFirst().prefix { article.lines[$0].tokens.count < 20 })
        for l in filled.dropFirst() where article.lines[l].tokens.count <= 40 {
            let text = article.text(ofLine: l).lowercased()
            let words = article.lines[l].tokens.count
            let tokens = article.lines[l].tokens
            if author == nil, (2...10).contains(words), article.tokens[tokens.lowerBound].text == "By",
               tokens.dropFirst().allSatisfy({ article.tokens[$0].isCapitalized || ["and", "de", "van", "von", "al", "bin"].contains(article.tokens[$0].text) }) {
                author = EntityFinder.nameAfterTitles(article, (tokens.lowerBound + 1)..<tokens.upperBound)
                layout.boilerplate.append(article.lines[l].number); taken.insert(l)
                notes.append("Line \(article.lines[l].number) was taken as the byline: author \(author ?? "").")
            } else if head.contains(l), printedDate == nil, let date = DateFinder.dateLine(article, line: l) {
                printedDate = date
                layout.boilerplate.append(article.lines[l].number); taken.insert(l)
            } else if isClockTime(article, line: l) {
                layout.boilerplate.append(article.lines[l].number); taken.insert(l)
            } else if author == nil, head.contains(l), let speaker = speakerLine(article, line: l) {
                author = speaker
                layout.boilerplate.append(article.lines[l].number); taken.insert(l)
                notes.append("Line \(article.lines[l].number) was taken as the speaker's name: author \(speaker).")
            } else if words <= 20 && (creditPrefixes.contains { text.hasPrefix($0) } || creditMarks.contains { MarkSearch.contains(text, $0) }) {
                layout.photoCredit.append(article.lines[l].number); taken.insert(l)
            } else if words <= 40 && boilerplateMarks.contains(where: { MarkSearch.contains(text, $0) }) {
                layout.boilerplate.append(article.lines[l].number); taken.insert(l)
            }
        }
        let (pulled, echoes) = pullQuotes(article, index: index, candidates: filled.filter { !taken.contains($0) }, title: titleLine)
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
        if author == nil { author = titleAuthor(article, line: titleLine) }
        if printedDate == nil, let first = body.first(where: { article.lines[$0].tokens.count >= 20 }) {
            printedDate = DateFinder.dateline(article, line: first)
        }
        let firstFull = body.firstIndex { l in
            let tail = article.tail(ofLine: l).trimmingTrailingSpace
            return article.lines[l].tokens.count >= 20 && (tail.hasSuffix(".") || tail.hasSuffix("!") || tail.hasSuffix("?") || tail.hasSuffix("”"))
        } ?? body.count
        var headings: Set<Int> = []
        for (k, l) in body.enumerated() where k > firstFull && k + 1 < body.count && isHeading(article, line: l) {
            // A heading introduces a paragraph: a long line that ends like a sentence.
            let next = body[k + 1]
            let tail = article.tail(ofLine: next).trimmingTrailingSpace
            if article.lines[next].tokens.count >= 15, let end = tail.unicodeScalars.last, ".!?:”\"’)".unicodeScalars.contains(end) {
                headings.insert(l)
            }
        }
        // Lines at the head that are sentences (a standfirst, "Thank you for …") are prose.
        let headLines = Set(body.prefix(firstFull).filter { l in
            let tail = article.tail(ofLine: l).trimmingTrailingSpace
            return article.lines[l].tokens.count < 8 || !(tail.hasSuffix(".") || tail.hasSuffix("!") || tail.hasSuffix("?"))
        })
        return Result(layout: layout, bodyLines: body, notes: notes, author: author, echoes: echoes, headings: headings,
                      headLines: headLines, printedDate: printedDate)
    }

    /// A short line that does not end like a sentence: "Options for Legislative Proposals", "Conclusion".
    private static func isHeading(_ a: TokenizedText, line l: Int) -> Bool {
        let tokens = a.lines[l].tokens
        guard (1...12).contains(tokens.count), a.tokens[tokens.lowerBound].isCapitalized else { return false }
        let tail = a.gap(after: tokens.upperBound - 1).trimmingTrailingSpace
        return tail.unicodeScalars.allSatisfy { !".!?:;,\"”’'".unicodeScalars.contains($0) }
    }

    /// "7:01 P.M. EDT": a line that only gives a time of day.
    private static func isClockTime(_ a: TokenizedText, line l: Int) -> Bool {
        let tokens = a.lines[l].tokens
        guard (2...6).contains(tokens.count), a.tokens[tokens.lowerBound].isDigits, a.gap(after: tokens.lowerBound) == ":" else { return false }
        return tokens.dropFirst(2).allSatisfy { a.tokens[$0].text.count <= 3 && a.tokens[$0].isCapitalized || a.tokens[$0].isDigits }
    }

    /// "Chair Jerome H. Powell", "Governor Christopher J. Waller": a line at the head of a speech that
    /// gives the speaker's title and name; the name.
    private static func speakerLine(_ a: TokenizedText, line l: Int) -> String? {
        let tokens = a.lines[l].tokens
        guard (2...8).contains(tokens.count), a.lower(tokens.lowerBound, is: .title),
              tokens.allSatisfy({ a.tokens[$0].isCapitalized || a.lower($0, is: .connector) }) else { return nil }
        let tail = a.gap(after: tokens.upperBound - 1).trimmingTrailingSpace
        guard tail.isEmpty || tail == "." else { return nil }
        return EntityFinder.nameAfterTitles(a, tokens)
    }

    /// "Remarks by National Economic Advisor Lael Brainard: …": the name after "by" in the headline.
    private static func titleAuthor(_ a: TokenizedText, line l: Int) -> String? {
        let tokens = a.lines[l].tokens
        guard let by = tokens.first(where: { a.tokens[$0].text == "by" }), by + 1 < tokens.upperBound else { return nil }
        var end = by + 1
        while end < tokens.upperBound, a.tokens[end].isCapitalized {
            if end > by + 1 {
                let gap = a.gap(before: end)
                guard gap == " " || gap == ". " || gap == "." else { break }
            }
            end += 1
        }
        return end > by + 1 ? EntityFinder.nameAfterTitles(a, (by + 1)..<end) : nil
    }

    /// Short lines printed twice (verbatim, or again inside a longer line). Of verbatim copies with no
    /// longer line holding them, the last stays in the body.
    private static func pullQuotes(_ article: TokenizedText, index: ExcerptIndex, candidates: [Int], title: Int) -> ([Int], [Range<Int>]) {
        var result: [Int] = []
        var echoes: Set<Range<Int>> = []
        for l in candidates {
            let tokens = article.lines[l].tokens
            // A line ending in a colon introduces what follows (a list, a quote): it is no pull quote.
            guard (6...40).contains(tokens.count), !article.tail(ofLine: l).hasPrefix(":") else { continue }
            let inner = (tokens.lowerBound + 1)..<(tokens.upperBound - 1)
            var inLonger = false
            var laterCopy = false
            for start in index.occurrences(of: inner, limit: 16) where start >= 0 {
                let other = article.tokens[start].line
                // The copy must be body text, and the same words at both ends, whatever their case.
                guard other != l, other != title, start - 1 >= article.lines[other].tokens.lowerBound,
                      start + inner.count < article.lines[other].tokens.upperBound,
                      article.lowerIds[start - 1] == article.lowerIds[tokens.lowerBound],
                      article.lowerIds[start + inner.count] == article.lowerIds[tokens.upperBound - 1] else { continue }
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
        guard (4...30).contains(words), let last = text.unicodeScalars.last else { return nil }
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
