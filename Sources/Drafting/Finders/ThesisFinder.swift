/// Picks the sentence that states the article's main point: the thesis of an argued piece, the lede
/// of a report. Every sentence of the prose is weighed by what writers use to state a point — cue
/// phrases ("In short", "I will argue", "This report examines", "the data indicate"), words shared
/// with the headline, the opening and closing paragraphs, claim cues — and never taken from words
/// quoted from someone else. A question, a heading and a sentence opening with "If" or "For example"
/// state no main point.
enum ThesisFinder {
    struct Choice {
        var sentence: Range<Int>
        var score: Int
        /// What weighed for it, for the editor's note.
        var reasons: [String]
    }

    /// A cue phrase: words in order, each from its set ("" in a set makes the word optional).
    private struct Cue {
        var words: [Set<String>]
        var weight: Int
        var name: String
    }

    private static let cues: [Cue] = [
        Cue(words: [["in"], ["short", "sum", "summary", "conclusion", "brief"]], weight: 10, name: "“in short”"),
        Cue(words: [["to"], ["sum", "summarize", "summarise", "conclude"]], weight: 10, name: "“to sum up”"),
        Cue(words: [["the"], ["bottom"], ["line"]], weight: 10, name: "“the bottom line”"),
        Cue(words: [["i", "we"], ["will", "would", ""], ["argue", "contend", "submit"]], weight: 10, name: "“I will argue”"),
        Cue(words: [["the", "my", "our"], ["point", "message", "argument", "thesis", "conclusion"], ["is", "here"]], weight: 10,
            name: "“the point is”"),
        Cue(words: [["the", "my", "our", "s"], ["overarching", "main", "primary", "central", "key", ""],
                    ["focus", "aim", "goal", "task", "priority", "job"], ["right", ""], ["now", ""], ["is"], ["to"]], weight: 10,
            name: "“our focus is”"),
        Cue(words: [["overarching", "main", "primary", "central"], ["focus", "aim", "goal", "task", "priority"], ["right", ""],
                    ["now", ""], ["is"], ["to"]], weight: 10, name: "“our focus is”"),
        Cue(words: [["the"], ["evidence", "data", "record"], ["is"], ["increasingly", "now", "very", ""], ["clear"]], weight: 10,
            name: "“the evidence is clear”"),
        Cue(words: [["it", "this"], ["is"], ["clear", "evident", "obvious"], ["that"]], weight: 6, name: "“it is clear that”"),
        Cue(words: [["let"], ["me", "us"], ["state", "say", "be"]], weight: 8, name: "“let me state”"),
        Cue(words: [["this", "the"], ["in", ""], ["focus", "report", "article", "paper", "brief", "insight", "publication", "essay",
                                                      "analysis", "study", "piece", "memo", "review"],
                    ["explores", "examines", "offers", "describes", "provides", "discusses", "focuses", "argues", "shows", "finds",
                     "considers", "outlines", "presents", "summarizes", "summarises", "analyzes", "analyses", "reviews"]],
            weight: 10, name: "a statement of purpose (“This report examines …”)"),
        Cue(words: [["data", "evidence", "results", "findings", "study", "research", "analysis", "experiments", "work"],
                    ["have", "has", ""], ["indicate", "indicates", "indicated", "show", "shows", "showed", "shown", "suggest",
                                           "suggests", "suggested", "find", "finds", "found", "reveal", "reveals", "revealed"]],
            weight: 8, name: "a finding (“the data indicate”)"),
        Cue(words: [["which", "that"], ["suggests", "shows", "indicates"]], weight: 6, name: "a finding (“which suggests”)"),
        Cue(words: [["we", "you", "they", "i"], ["first", "all", "also", ""], ["need", "have", "ought"], ["to"]], weight: 4,
            name: "an obligation (“we need to”)"),
        Cue(words: [["we", "you", "they", "i"], ["all", "also", ""], ["must", "should"]], weight: 4, name: "an obligation (“we must”)"),
    ]
    private static let cueStarts: Set<String> = Set(cues.flatMap { $0.words[0] })

    /// Words opening a sentence that states a condition or an example, not the point.
    private static let weakOpeners: Set<String> = ["if", "unless", "although", "though", "while", "whether", "when"]

    /// The sentences of `lines` best first (at most `limit`), with the quotations of other speakers left out.
    static func choose(_ a: TokenizedText, lines: [Int], title: String, quotes: [RawQuote], claims: [RawClaim], limit: Int = 5) -> [Choice] {
        // The headline's content words, without titles ("Remarks by President Biden on …").
        let titleStems = Set(TokenizedText(title).tokens.compactMap { token -> String? in
            token.lower.count >= 4 && !EntityFinder.functionWords.contains(token.lower) && !EntityFinder.titles.contains(token.lower)
                ? stem(token.lower) : nil
        })
        // The stem of each distinct word that shares one with the headline, by word number.
        var stemOfWord = [String?](repeating: nil, count: a.wordCount)
        var seenWord = [Bool](repeating: false, count: a.wordCount)
        let othersQuoted = quotes.filter { $0.speaker != .author }.map(\.content).sorted { $0.lowerBound < $1.lowerBound }
        // Claim cues count, and a recommendation ("Schools should …") more: it is what an argument argues for.
        var claimScore: [Int: Int] = [:]
        for c in claims { claimScore[c.sentence.lowerBound] = min(c.score, 4) + (c.kind == .policy ? 2 : 0) }
        var choices: [Choice] = []
        var position = 0
        for (p, l) in lines.enumerated() {
            let sentences = a.sentences(inLine: l)
            for (k, sentence) in sentences.enumerated() {
                defer { position += 1 }
                guard sentence.count >= 6 else { continue }
                let last = sentence.upperBound - 1
                let end = last + 1 < a.lines[l].tokens.upperBound ? a.gap(after: last) : a.tail(ofLine: l)
                if end.contains("?") { continue }
                if isQuoted(sentence, in: othersQuoted) { continue }
                var score = 0
                var reasons: [String] = []
                // Cue words inside someone else's quoted words are theirs, not the writer's.
                let quoted = overlapping(sentence, in: othersQuoted)
                for i in sentence where cueStarts.contains(a.tokens[i].lower) && !quoted.contains(where: { $0.contains(i) }) {
                    for cue in cues where matches(cue, at: i, a, within: sentence) {
                        score += cue.weight
                        reasons.append(cue.name)
                    }
                }
                var shared = Set<String>()
                for i in sentence {
                    let w = Int(a.lowerIds[i])
                    if !seenWord[w] {
                        seenWord[w] = true
                        let lower = a.tokens[i].lower
                        if lower.count >= 4, !a.lower(i, is: .functionWord) {
                            let s = stem(lower)
                            if titleStems.contains(s) { stemOfWord[w] = s }
                        }
                    }
                    if let s = stemOfWord[w] { shared.insert(s) }
                }
                if !shared.isEmpty {
                    score += min(2 * shared.count, 10)
                    reasons.append("\(shared.count) word\(shared.count == 1 ? "" : "s") of the headline")
                }
                // The opening of a report is its lede; a speech or an essay opens in the first person, often
                // with a greeting, and states its point later.
                let firstPerson = sentence.contains { ["i", "my", "we", "our", "me", "us"].contains(a.tokens[$0].lower) }
                if position == 0, !firstPerson { score += 3; reasons.append("the opening sentence") }
                if p == 0, !firstPerson { score += 2 }
                if k == 0 { score += 1 }   // a topic sentence
                if p == lines.count - 1 { score += k == sentences.count - 1 ? 3 : 2; reasons.append("the closing paragraph") }
                if let c = claimScore[sentence.lowerBound] { score += c }
                let first = a.tokens[sentence.lowerBound].lower
                if weakOpeners.contains(first) { score -= 4 }
                if first == "for", sentence.count > 1, ["example", "instance"].contains(a.tokens[sentence.lowerBound + 1].lower) { score -= 4 }
                if sentence.count > 70 { score -= 2 }
                if !quoted.isEmpty { score -= 6 }   // reporting someone else's words
                choices.append(Choice(sentence: sentence, score: score, reasons: reasons))
            }
        }
        // Best first; ties go to the earlier sentence.
        return Array(choices.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.prefix(limit).map(\.element))
    }

    /// A word's stem for comparing with the headline: without a plural "s", at most six letters.
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w = w.dropLast() }
        return String(w.prefix(6))
    }

    private static func matches(_ cue: Cue, at i: Int, _ a: TokenizedText, within sentence: Range<Int>) -> Bool {
        var k = i
        for options in cue.words {
            if k < sentence.upperBound, options.contains(a.tokens[k].lower) {
                k += 1
            } else if !options.contains("") {
                return false
            }
        }
        return true
    }

    /// The ranges of `sorted` (in text order, not overlapping) that overlap `sentence`, found by binary search.
    static func overlapping(_ sentence: Range<Int>, in sorted: [Range<Int>]) -> ArraySlice<Range<Int>> {
        let first = sorted.partitioningIndex { $0.upperBound > sentence.lowerBound }
        var end = first
        while end < sorted.count && sorted[end].lowerBound < sentence.upperBound { end += 1 }
        return sorted[first..<end]
    }

    /// True when most of the sentence lies inside one of `quoted` (sorted token ranges).
    private static func isQuoted(_ sentence: Range<Int>, in quoted: [Range<Int>]) -> Bool {
        let k = quoted.partitioningIndex { $0.upperBound > sentence.lowerBound }
        guard k < quoted.count else { return false }
        let overlap = quoted[k].clamped(to: sentence)
        return overlap.count * 2 >= sentence.count
    }
}
