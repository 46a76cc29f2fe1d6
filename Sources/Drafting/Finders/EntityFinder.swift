import PacketModel

/// One place in the text where a name stands.
struct NameMention {
    var tokens: Range<Int>
    var surface: String
    /// Title words printed just before the name ("Iraqi prime minister"), if any.
    var title: String?
}

/// Finds capitalised names in body paragraphs: runs of capitalised words (with connectors such as
/// "al-", "bin", "of"), minus sentence-initial common words, demonyms, months, titles and event names.
/// Gazetteer-free: it knows English function words and naming patterns, not the names themselves.
enum EntityFinder {
    static let connectors: WordList = ["al", "el", "bin", "ibn", "de", "del", "da", "van", "von", "der", "du", "la", "le", "dos", "of", "on", "for", "in"]
    static let functionWords: WordList = FigureFinder.stopWords.union([
        "and", "or", "but", "if", "although", "though", "because", "unless", "however", "meanwhile", "yet", "then",
        "there", "here", "what", "why", "how", "all", "none", "some", "many", "most", "both", "each", "every", "no",
        "just", "only", "even", "still", "also", "indeed", "instead", "like", "unlike", "despite", "far", "much",
        "needless", "us", "one", "any", "another", "other", "once", "whether", "after", "before", "until", "among",
        "yes", "oh", "well", "now", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr",
    ])
    static let titles: WordList = [
        "president", "prime", "minister", "general", "lieutenant", "gen", "sen", "senator", "rep", "representative",
        "governor", "gov", "mayor", "secretary", "chancellor", "king", "queen", "prince", "princess", "pope", "judge",
        "justice", "colonel", "col", "captain", "capt", "major", "sergeant", "sgt", "admiral", "commander", "chief",
        "director", "dr", "mr", "mrs", "ms", "professor", "prof", "sheikh", "ayatollah", "imam", "rabbi",
        "reverend", "rev", "sir", "ambassador", "spokesman", "spokeswoman", "vice", "deputy", "former", "lt",
        "foreign", "defense", "defence", "interior", "attorney", "coach", "ceo", "chairman", "chairwoman", "founder",
    ]
    static let weekdays: WordList = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Words that end a name which is an event ("Bastille Day", "Second World War"): the whole run goes.
    static let eventSuffixes: WordList = ["day", "war", "eve", "games", "cup", "revolution", "crisis", "spring", "olympics", "holocaust"]
    /// Event words that stand alone after a place ("the Berlin Christmas market"): only they go.
    static let eventWords: WordList = ["christmas", "easter", "ramadan", "thanksgiving", "hanukkah", "halloween", "passover", "diwali"]
    static let hyphens: Set<String> = ["-", "‐", "‑"]

    static func find(_ a: TokenizedText, bodyLines: [Int]) -> [NameMention] {
        // Words seen in lower case, and capitalised words seen inside a sentence, by word number.
        var lowercaseWords = [Bool](repeating: false, count: a.wordCount)
        var capitalizedInside = [Bool](repeating: false, count: a.wordCount)
        for l in bodyLines {
            for i in a.lines[l].tokens {
                let t = a.tokens[i]
                if a.textIds[i] == a.lowerIds[i], t.text.unicodeScalars.first?.isLetter == true { lowercaseWords[Int(a.lowerIds[i])] = true }
                if t.isCapitalized && !a.startsSentence[i] && !opensQuote(a, i) { capitalizedInside[Int(a.textIds[i])] = true }
            }
        }
        var mentions: [NameMention] = []
        for l in bodyLines {
            let line = a.lines[l].tokens
            var runs: [Range<Int>] = []
            var i = line.lowerBound
            while i < line.upperBound {
                guard startsName(a, i, line: line) else { i += 1; continue }
                var end = i
                while let next = continuation(a, after: end, line: line) { end = next }
                runs.append(i..<(end + 1))
                i = end + 1
            }
            runs = joinPossessiveOrganisations(a, runs)
            for run in runs {
                for piece in clean(a, run, lowercaseWords: lowercaseWords, capitalizedInside: capitalizedInside) {
                    mentions.append(NameMention(tokens: piece, surface: a.text(from: piece.lowerBound, through: piece.upperBound - 1),
                                                title: title(a, before: piece.lowerBound, line: line)))
                }
            }
        }
        return mentions
    }

    static func opensQuote(_ a: TokenizedText, _ i: Int) -> Bool {
        a.gap(before: i).unicodeScalars.last.map { "\"“”".unicodeScalars.contains($0) } ?? false
    }

    private static func startsName(_ a: TokenizedText, _ i: Int, line: Range<Int>) -> Bool {
        let t = a.tokens[i]
        if t.isCapitalized { return true }
        return (t.lower == "al" || t.lower == "el") && i + 1 < line.upperBound && hyphens.contains(a.gap(after: i))
            && a.tokens[i + 1].isCapitalized
    }

    /// The last token of the name's next part after token `end`, if the name goes on.
    private static func continuation(_ a: TokenizedText, after end: Int, line: Range<Int>) -> Int? {
        let next = end + 1
        guard next < line.upperBound else { return nil }
        let gap = a.gap(after: end)
        guard gap == " " || hyphens.contains(gap) else { return nil }
        let t = a.tokens[next]
        if t.isCapitalized && !a.lower(next, is: .month) { return next }
        if a.lower(next, is: .connector), t.text == t.lower, next + 1 < line.upperBound, a.tokens[next + 1].isCapitalized {
            let gap2 = a.gap(after: next)
            let spaced = ["of", "on", "for"].contains(t.lower)
            if t.lower == "in" { return hyphens.contains(gap) && hyphens.contains(gap2) ? next + 1 : nil }
            if spaced ? (gap == " " && gap2 == " ") : (gap2 == " " || hyphens.contains(gap2)) { return next + 1 }
        }
        return nil
    }

    /// "George Washington’s Program on Extremism": a possessive run followed by an organisation's name.
    private static func joinPossessiveOrganisations(_ a: TokenizedText, _ runs: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for run in runs {
            if let previous = result.last, previous.upperBound + 1 == run.lowerBound,
               a.tokens[previous.upperBound].lower == "s", ["’", "'"].contains(a.gap(after: previous.upperBound - 1)),
               a.gap(after: previous.upperBound) == " ",
               run.contains(where: { a.lower($0, is: .organisationWord) }) {
                result[result.count - 1] = previous.lowerBound..<run.upperBound
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// The parts of a run that are names.
    private static func clean(_ a: TokenizedText, _ run: Range<Int>, lowercaseWords: [Bool],
                              capitalizedInside: [Bool]) -> [Range<Int>] {
        func seenInLowerCase(_ i: Int) -> Bool { lowercaseWords[Int(a.lowerIds[i])] }
        var lo = run.lowerBound, hi = run.upperBound
        func isSentenceInitial(_ i: Int) -> Bool { a.startsSentence[i] || opensQuote(a, i) }
        // Leading function words, titles, and common words capitalised only because they start a sentence.
        while lo < hi {
            let t = a.tokens[lo]
            if (a.lower(lo, is: .functionWord) && !t.isAllCaps) || a.lower(lo, is: .title) || a.lower(lo, is: .weekday)
                || a.lower(lo, is: .month)
                || (isSentenceInitial(lo) && lo + 1 < hi && seenInLowerCase(lo)) {
                lo += 1
            } else {
                break
            }
        }
        while hi > lo && (a.lower(hi - 1, is: .title) && hi - 1 > lo || a.lower(hi - 1, is: .weekday)
                          || a.text(hi - 1, is: .connector)) {
            hi -= 1
        }
        guard lo < hi else { return [] }
        if a.lower(hi - 1, is: .eventSuffix) { return [] }
        if let e = (lo..<hi).first(where: { a.lower($0, is: .eventWord) }) {
            return e > lo ? clean(a, lo..<e, lowercaseWords: lowercaseWords, capitalizedInside: capitalizedInside) : []
        }
        let first = a.tokens[lo]
        let words = (lo..<hi).filter { $0 == lo || a.gap(before: $0) == " " }.count
        if words == 1 {
            if first.text.unicodeScalars.count < 2 && !first.isAllCaps { return [] }
            if isSentenceInitial(lo) && !first.isAllCaps
                && (!capitalizedInside[Int(a.textIds[lo])] || seenInLowerCase(lo)) { return [] }
            if !isSentenceInitial(lo) && hi == lo + 1 && seenInLowerCase(lo) && isSentenceInitial(run.lowerBound)
                && run.lowerBound + 1 == lo { return [] }
            if isDemonym(a, lo, hi) { return [] }
        }
        return [lo..<hi]
    }

    /// "Iraqi soldiers", "Western society": a capitalised adjective before a lower-case noun.
    private static func isDemonym(_ a: TokenizedText, _ lo: Int, _ hi: Int) -> Bool {
        let word = a.tokens[hi - 1].lower
        guard hi - lo == 1 else { return false }
        let line = a.lines[a.tokens[lo].line].tokens
        guard hi < line.upperBound, a.gap(after: lo) == " " else { return false }
        let next = a.tokens[hi]
        guard next.text == next.lower, !a.lower(hi, is: .functionWord) else { return false }
        if lo > line.lowerBound, a.lower(lo - 1, is: .placeCue), (EntityClassifier.placeCues[a.tokens[lo - 1].lower] ?? 0) >= 2 { return false }
        let n = word.count
        return ["ian", "ean", "ese", "ish", "ist", "ern"].contains { word.hasSuffix($0) }
            || (word.hasSuffix("an") && n >= 6) || (word.hasSuffix("i") && n >= 5) || word == "muslim"
            || word == "christian" || word == "jewish" || word == "arab" || word == "kurdish"
    }

    /// Title words just before a name: "Iraqi prime minister", "lieutenant general".
    private static func title(_ a: TokenizedText, before i: Int, line: Range<Int>) -> String? {
        var lo = i
        while lo > line.lowerBound, a.lower(lo - 1, is: .title), a.gap(after: lo - 1) == " " || a.gap(after: lo - 1) == ". " {
            lo -= 1
        }
        guard lo < i else { return nil }
        if lo > line.lowerBound, a.tokens[lo - 1].isCapitalized, a.gap(after: lo - 1) == " ", !a.startsSentence[lo - 1] || a.tokens[lo - 1].lower.hasSuffix("i") {
            lo -= 1   // "Iraqi prime minister"
        }
        let words = a.text(from: lo, through: i - 1)
        return words.lowercased() == "former" ? nil : words
    }
}
