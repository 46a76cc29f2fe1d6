/// Words worth defining for students: long or domain words (-ism, -ist, counter-, self-…), most
/// promising first. Definitions are left to the editor.
enum GlossaryFinder {
    struct Candidate {
        var term: String
        var partOfSpeech: String
        var tier: Int
    }

    static let domainSuffixes = ["ism", "ist", "ists", "ization", "isation", "ocracy", "ology", "phobia", "cide", "ate"]
    static let domainPrefixes = ["counter", "anti", "self-", "extra", "inter", "para", "pseudo", "neo"]
    static let everyday: WordList = [
        "everything", "something", "different", "important", "including", "following", "especially", "government",
        "international", "community", "information", "experience", "individuals", "particularly", "themselves",
        "understand", "completely", "eventually", "regardless", "nevertheless", "possibility", "yesterday",
        "everywhere", "sometimes", "otherwise", "president", "themselves", "celebrations", "countries", "university",
        "important", "therefore", "beginning", "according", "questions", "population", "percentage", "interview",
        "necessary", "political", "available", "situation", "certainly", "currently", "statement", "afternoon",
        "anticipate", "something", "appreciate", "commander", "conclusion", "considered", "continued", "continuing",
        "operation", "operations", "territory", "territories", "technology", "individual", "organization",
        "intelligence", "accessibility", "communications", "administration", "additional", "whatever", "whoever",
        "investigators", "investigation", "afterwards", "surrounded", "themselves", "increasing", "remaining",
        "ultimate", "private", "separate", "immediate", "accurate", "climate", "senate", "debate", "candidate",
        "estimate", "appropriate", "adequate", "fortunate", "corporate", "graduate", "moderate", "desperate",
        "ate", "late", "state", "private", "update", "create", "throughout", "although", "whenever", "wherever",
        "moreover", "furthermore", "notwithstanding", "anything", "everyone", "everybody", "whichever",
    ]

    static func find(_ a: TokenizedText, bodyLines: [Int], limit: Int = 30) -> [Candidate] {
        var first: [String: Int] = [:]
        var count: [String: Int] = [:]
        // One-word terms are counted by word number (no hashing per token) and join the rest at the end.
        var firstOfWord = [Int](repeating: -1, count: a.wordCount)
        var countOfWord = [Int](repeating: 0, count: a.wordCount)
        var firstToken = [Int](repeating: 0, count: a.wordCount)
        var order = 0
        var termRange: [String: Range<Int>] = [:]
        for l in bodyLines {
            let line = a.lines[l].tokens
            var i = line.lowerBound
            while i < line.upperBound {
                // Hyphenated compounds of lower-case words count as one term.
                var end = i
                while end + 1 < line.upperBound, a.joined(end, by: EntityFinder.hyphens), isLowerWord(a, end + 1) { end += 1 }
                if (end > i || a.tokens[i].lower.utf8.count >= 8) && isLowerWord(a, i) {
                    if end == i {
                        let word = Int(a.textIds[i])
                        if firstOfWord[word] < 0 { firstOfWord[word] = order; firstToken[word] = i; order += 1 }
                        countOfWord[word] += 1
                    } else {
                        let term = a.text(from: i, through: end)
                        if first[term] == nil { first[term] = order; order += 1; termRange[term] = i..<(end + 1) }
                        count[term, default: 0] += 1
                    }
                }
                i = end + 1
            }
        }
        for (word, position) in firstOfWord.enumerated() where position >= 0 {
            let term = a.tokens[firstToken[word]].text
            // A compound never equals a single word (it holds a hyphen), so the two kinds do not collide.
            first[term] = position
            count[term] = countOfWord[word]
            termRange[term] = firstToken[word]..<(firstToken[word] + 1)
        }
        let scored = first.keys.compactMap { term -> (String, Int)? in
            let s = score(term, count: count[term] ?? 0)
            return s > 0 ? (term, s) : nil
        }
        var seen: Set<String> = []
        let ranked = scored.sorted { ($0.1, -(first[$0.0] ?? 0)) > ($1.1, -(first[$1.0] ?? 0)) }.filter { term, _ in
            let stem = term.hasSuffix("s") ? String(term.dropLast()) : term
            return seen.insert(stem).inserted   // "extremists" after "extremist" adds nothing
        }
        return ranked.prefix(limit).map { term, _ in
            Candidate(term: term, partOfSpeech: termRange[term].map { partOfSpeech(term, at: $0, a) } ?? partOfSpeech(term), tier: tier(term))
        }
    }

    private static func isLowerWord(_ a: TokenizedText, _ i: Int) -> Bool {
        let t = a.tokens[i]
        return !t.isCapitalized && !t.isDigits && a.textIds[i] == a.lowerIds[i] && t.text.unicodeScalars.allSatisfy { $0.isLetter }
    }

    private static func isDomain(_ term: String) -> Bool {
        (domainSuffixes.contains { term.hasSuffix($0) } && term.count >= 8 && !everyday.contains(term))
            || domainPrefixes.contains { term.hasPrefix($0) && term.count >= $0.count + 5 }
    }

    private static func score(_ term: String, count: Int) -> Int {
        guard !everyday.contains(term), !term.hasSuffix("ly"), !term.hasSuffix("ing") || term.contains("-") else { return 0 }
        let letters = term.filter(\.isLetter).count
        let parts = term.split(separator: "-").count
        if parts > 1 && !isDomain(term) && letters < 14 { return 0 }
        if parts > 3 { return 0 }
        var s = 0
        if isDomain(term) { s += 6 }
        if letters >= 9 { s += letters - 7 }
        if s == 0 { return 0 }
        return s + min(count - 1, 3)
    }

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                                           "our", "my", "your", "any", "each", "every", "no", "some", "many", "such", "of"]
    static let auxiliaries: Set<String> = ["will", "would", "can", "could", "may", "might", "must", "should", "shall", "does",
                                           "did", "do", "to", "has", "have", "had"]
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "seem", "seems", "seemed", "become",
                                       "becomes", "became", "very", "more", "most", "less", "so", "too", "quite", "remain", "remains"]
    static let nounEndings = ["tion", "sion", "ment", "ness", "ity", "ism", "ist", "ists", "ance", "ence", "ship", "hood", "ure",
                              "age", "acy", "ery", "ogy", "ees", "ers", "ors"]
    static let adjectiveEndings = ["ous", "ive", "ic", "ical", "ful", "less", "able", "ible", "al", "ary", "ant", "ent", "ish"]

    /// The part of speech of `term` as the article first uses it (tokens `range`): after "the" or "its"
    /// a noun, after "to" or "will" a verb, after "is" or "very" an adjective (or a verb's participle),
    /// an "-ly" word an adverb; otherwise its ending decides.
    static func partOfSpeech(_ term: String, at range: Range<Int>, _ a: TokenizedText) -> String {
        let line = a.lines[a.tokens[range.lowerBound].line].tokens
        let before = range.lowerBound > line.lowerBound && a.gap(before: range.lowerBound) == " " ? a.tokens[range.lowerBound - 1].lower : ""
        let after = range.upperBound < line.upperBound && a.gap(after: range.upperBound - 1) == " " ? a.tokens[range.upperBound].lower : ""
        let word = term.lowercased()
        if word.hasSuffix("ly") && !word.contains("-") { return "adverb" }
        // Nouns by their ending, plurals among them: adjectives take no "-s".
        let plural = word.hasSuffix("s") && !["ss", "ous", "us", "is"].contains(where: { word.hasSuffix($0) })
        let nounLike = plural || nounEndings.contains { word.hasSuffix($0) }
        if auxiliaries.contains(before) {
            if before == "to" && nounLike { return "noun" }   // "a path to overreach" keeps its noun
            return word.hasSuffix("ed") && ["has", "have", "had"].contains(before) ? "verb" : (nounLike ? "noun" : "verb")
        }
        if copulas.contains(before) {
            // "was decimated" is a verb's passive; "was unprecedented", "very sophisticated" describe.
            if word.hasSuffix("ed") {
                return word.hasPrefix("un") || ["very", "more", "most", "less", "so", "too", "quite"].contains(before) ? "adjective" : "verb"
            }
            if word.hasSuffix("ing") { return "adjective" }
            return nounLike ? "noun" : "adjective"
        }
        // A compound or an adjective-like word right before a noun describes it: "a self-reinforcing dynamic".
        if term.contains("-") || adjectiveEndings.contains(where: { word.hasSuffix($0) }) {
            if !after.isEmpty, !a.lower(range.upperBound, is: .stopWord), !EntityFinder.functionWords.contains(after) {
                return "adjective"
            }
        }
        // After "a" or "the", a word before a noun describes it ("a bipartisan agreement"); otherwise it is the noun.
        let contentAfter = !after.isEmpty && !a.lower(range.upperBound, is: .stopWord) && !EntityFinder.functionWords.contains(after)
            && a.tokens[range.upperBound].text == after
        if determiners.contains(before) { return contentAfter && !nounLike ? "adjective" : "noun" }
        if word.hasSuffix("ed") { return "verb" }   // "he sacrificed part of his identity"
        return partOfSpeech(term)
    }

    private static func partOfSpeech(_ term: String) -> String {
        if term.contains("-") { return term.split(separator: "-").count > 2 ? "noun" : "adjective" }
        if term.hasSuffix("ly") { return "adverb" }
        if ["ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ed"].contains(where: term.hasSuffix) { return "adjective" }
        if ["ize", "ise"].contains(where: term.hasSuffix) { return "verb" }
        return "noun"
    }

    private static func tier(_ term: String) -> Int { isDomain(term) ? 3 : 2 }
}
