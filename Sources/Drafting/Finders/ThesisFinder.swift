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

    /// Words opening a sentence that states a condition or an example, not the point.
    private static let weakOpeners: Set<String> = ["if", "unless", "although", "though", "while", "whether", "when"]

    /// A cue with its words as the article numbers them: comparing numbers, not strings, keeps the
    /// pass over every sentence of a long text cheap.
    private struct NumberedCue {
        var words: [(numbers: [Int32], optional: Bool)]
        var cue: Int
    }

    /// What weighed for a sentence, kept as numbers until it is among the best.
    private struct Weighing {
        var sentence: Range<Int>
        var score: Int
        var cues: [Int]
        var sharedWords: Int
        var opening: Bool
        var closing: Bool
        var order: Int

        func beats(_ other: Weighing) -> Bool { (score, -order) > (other.score, -other.order) }
    }

    /// The sentences of `lines` best first (at most `limit`). `quoted` (``QuoteFinder/quotedSpans(_:lines:)``)
    /// are the words in quotation marks: someone else's, not the writer's statement.
    static func choose(_ a: TokenizedText, lines: [Int], title: String, quoted othersQuoted: [Range<Int>], claims: [RawClaim],
                       limit: Int = 5) -> [Choice] {
        // The headline's content words, without titles ("Remarks by President Biden on …"), by stem.
        var titleStem: [String: Int] = [:]
        for token in TokenizedText(title).tokens where token.lower.count >= 4 && !EntityFinder.functionWords.contains(token.lower)
            && !EntityFinder.titles.contains(token.lower) {
            let s = stem(token.lower)
            if titleStem[s] == nil { titleStem[s] = titleStem.count }
        }
        // Per word number: the headline stem it shares (-1 for none), worked out once per distinct word.
        var stemOfWord = [Int](repeating: -2, count: a.wordCount)
        // Per word number, the cues that start with it (an index into `cueLists`, -1 for none).
        var cueListOf = [Int](repeating: -1, count: a.wordCount)
        var cueLists: [[NumberedCue]] = []
        for (c, cue) in cues.enumerated() {
            var words: [(numbers: [Int32], optional: Bool)] = []
            for options in cue.words {
                let numbers = options.filter { !$0.isEmpty }.compactMap { a.number(of: $0) }
                words.append((numbers, options.contains("")))
            }
            // A cue whose required word the article never uses cannot match.
            guard words.allSatisfy({ !$0.numbers.isEmpty || $0.optional }) else { continue }
            for n in words[0].numbers {
                if cueListOf[Int(n)] < 0 { cueListOf[Int(n)] = cueLists.count; cueLists.append([]) }
                cueLists[cueListOf[Int(n)]].append(NumberedCue(words: words, cue: c))
            }
        }
        let firstPersonWords = ["i", "my", "we", "our", "me", "us"].compactMap { a.number(of: $0) }
        // Claim cues count, and a recommendation ("Schools should …") more: it is what an argument argues for.
        var claimScore: [Int: Int] = [:]
        for c in claims { claimScore[c.sentence.lowerBound] = min(c.score, 4) + (c.kind == .policy ? 2 : 0) }
        var best: [Weighing] = []   // the best `limit` so far, best first
        var position = 0
        var shared: [Int] = []
        for (p, l) in lines.enumerated() {
            let sentences = a.sentences(inLine: l)
            for (k, sentence) in sentences.enumerated() {
                defer { position += 1 }
                guard sentence.count >= 6 else { continue }
                let last = sentence.upperBound - 1
                let end = last + 1 < a.lines[l].tokens.upperBound ? a.gap(after: last) : a.tail(ofLine: l)
                if end.contains("?") { continue }
                if isQuoted(sentence, in: othersQuoted) { continue }
                var w = Weighing(sentence: sentence, score: 0, cues: [], sharedWords: 0, opening: false, closing: false, order: position)
                // Cue words inside someone else's quoted words are theirs, not the writer's.
                let quoted = overlapping(sentence, in: othersQuoted)
                shared.removeAll(keepingCapacity: true)
                for i in sentence {
                    let n = a.lowerIds[i]
                    if cueListOf[Int(n)] >= 0, !quoted.contains(where: { $0.contains(i) }) {
                        for cue in cueLists[cueListOf[Int(n)]] where matches(cue, at: i, a, within: sentence) {
                            w.score += cues[cue.cue].weight
                            w.cues.append(cue.cue)
                        }
                    }
                    if stemOfWord[Int(n)] == -2 {
                        let lower = a.tokens[i].lower
                        stemOfWord[Int(n)] = lower.count >= 4 && !a.lower(i, is: .functionWord) ? titleStem[stem(lower)] ?? -1 : -1
                    }
                    let s = stemOfWord[Int(n)]
                    if s >= 0, !shared.contains(s) { shared.append(s) }
                }
                w.sharedWords = shared.count
                w.score += min(2 * shared.count, 10)
                // The opening of a report is its lede; a speech or an essay opens in the first person, often
                // with a greeting, and states its point later.
                let firstPerson = p == 0 && sentence.contains { firstPersonWords.contains(a.lowerIds[$0]) }
                if position == 0, !firstPerson { w.score += 3; w.opening = true }
                if p == 0, !firstPerson { w.score += 2 }
                if k == 0 { w.score += 1 }   // a topic sentence
                if p == lines.count - 1 { w.score += k == sentences.count - 1 ? 3 : 2; w.closing = true }
                if let c = claimScore[sentence.lowerBound] { w.score += c }
                let first = a.tokens[sentence.lowerBound].lower
                if weakOpeners.contains(first) { w.score -= 4 }
                if first == "for", ["example", "instance"].contains(a.tokens[sentence.lowerBound + 1].lower) { w.score -= 4 }
                if sentence.count > 70 { w.score -= 2 }
                if !quoted.isEmpty { w.score -= 6 }   // reporting someone else's words
                if best.count < limit || w.beats(best[best.count - 1]) {
                    let at = best.firstIndex { w.beats($0) } ?? best.count
                    best.insert(w, at: at)
                    if best.count > limit { best.removeLast() }
                }
            }
        }
        // Best first; ties go to the earlier sentence.
        return best.map { w in
            var reasons = w.cues.map { cues[$0].name }
            if w.sharedWords > 0 { reasons.append("\(w.sharedWords) word\(w.sharedWords == 1 ? "" : "s") of the headline") }
            if w.opening { reasons.append("the opening sentence") }
            if w.closing { reasons.append("the closing paragraph") }
            return Choice(sentence: w.sentence, score: w.score, reasons: reasons)
        }
    }

    /// A word's stem for comparing with the headline: without a plural "s", at most six letters.
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        if w.count > 4, w.hasSuffix("s"), !w.hasSuffix("ss") { w = w.dropLast() }
        return String(w.prefix(6))
    }

    private static func matches(_ cue: NumberedCue, at i: Int, _ a: TokenizedText, within sentence: Range<Int>) -> Bool {
        var k = i
        for (numbers, optional) in cue.words {
            if k < sentence.upperBound, numbers.contains(a.lowerIds[k]) {
                k += 1
            } else if !optional {
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
