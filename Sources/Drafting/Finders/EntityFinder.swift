import PacketModel

/// One place in the text where a name stands.
struct NameMention {
    var tokens: Range<Int>
    var surface: String
    /// Title words printed with the name ("Iraqi prime minister", "Secretary of Transportation"), if any.
    var title: String?
    /// The name is a law, a programme, a report or the like ("Inflation Reduction Act"): not an entity,
    /// but the acronym it defines goes with it.
    var isDocument = false
    /// An acronym printed before a document's name ("CRS Report R46646", "NABE Surveys"): its publisher.
    var isPublisher = false
    /// A body named by its kind ("the Committee", "the District"): only an alias of a full name.
    var isGeneric = false
}

/// What the text says about its acronyms: "Federal Highway Administration (FHWA)" spells one out;
/// "personal protective equipment (PPE)" makes one a term, not a name.
struct AcronymDefinitions {
    /// Acronym → the surface of the name it stands for.
    var expansions: [String: String] = [:]
    /// Acronyms defined by lower-case words.
    var terms: Set<String> = []
}

/// Finds capitalised names in body paragraphs: runs of capitalised words (with connectors such as
/// "al-", "bin", "of", initials such as "H." and "U.S."), minus sentence-initial common words,
/// demonyms, months, number words, contractions ("Don't") and event names; titles are split off
/// ("Secretary of Transportation Sean Duffy") and names of laws and programmes are marked.
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
        "chair", "commissioner", "speaker", "adviser", "advisor", "leader", "administrator", "assistant",
        "spokesperson", "treasurer", "envoy", "counsel", "superintendent", "dean", "editor", "comptroller",
        "councilman", "councilwoman", "councillor", "councilmember", "congressman", "congresswoman", "premier",
        "officer", "senior", "majority", "minority", "whip",
    ]
    static let weekdays: WordList = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Words that end a name which is an event ("Bastille Day", "Second World War", "the Great Inflation"): the whole run goes.
    static let eventSuffixes: WordList = ["day", "war", "eve", "games", "cup", "revolution", "crisis", "spring", "olympics", "holocaust",
                                          "inflation", "depression", "recession"]
    /// Event words that stand alone after a place ("the Berlin Christmas market"): only they go.
    static let eventWords: WordList = ["christmas", "easter", "ramadan", "thanksgiving", "hanukkah", "halloween", "passover", "diwali"]
    /// Words that end the name of a law, a programme, a document or a project rather than of an entity.
    static let documentWords: WordList = [
        "act", "acts", "law", "code", "amendment", "clause", "bill", "order", "plan", "program", "programme",
        "initiative", "challenge", "commitment", "report", "insight", "survey", "surveys", "study", "budget",
        "address", "curve", "index", "agreement", "agreements", "treaty", "accord", "project", "cluster", "credit",
        "rule", "regulation", "statute", "title", "section", "table", "figure", "chapter", "explorer", "summary",
        "data", "proposal", "strategy", "doctrine", "declaration", "convention", "resolution", "directive",
    ]
    /// Documents an organisation publishes: an acronym before one is its publisher ("CRS Report", "NABE Surveys").
    static let publicationWords: Set<String> = ["report", "reports", "insight", "survey", "surveys", "study", "studies",
                                                 "data", "index", "summary", "brief", "paper", "review", "analysis"]
    /// Document words that also name a unit of an organisation when a name follows: "Program on Extremism".
    static let unitWords: Set<String> = ["program", "programme", "project", "initiative"]
    /// Contractions written after a word's stem: "Don't", "We'll", "I'm".
    static let contractionEnds: Set<String> = ["t", "ll", "re", "ve", "m", "d"]
    /// Abbreviations a name goes on after ("St. Louis", "Jr.").
    static let nameAbbreviations: Set<String> = ["st", "mt", "ft", "jr", "sr"]
    /// Kinds of body a single word names only in general ("the Administration"); "Congress", "Senate",
    /// "Parliament" and "Army" name one body and stay names.
    static let genericBodyWords: WordList = [
        "administration", "committee", "court", "agency", "department", "service", "services", "office", "board",
        "council", "bureau", "authority", "commission", "institute", "university", "college", "center", "centre",
        "foundation", "program", "programme", "group", "company", "party", "fund", "government", "ministry",
        "association", "corporation", "coalition", "conference", "alliance", "union", "network", "school", "review",
        "port", "press", "times", "post", "news", "society", "league", "federation", "academy", "bank", "reserve",
        "state", "district", "city", "county",
    ]
    /// Company forms printed after a comma: "Greater St. Louis, Inc."
    static let companySuffixes: Set<String> = ["inc", "ltd", "llc", "corp", "co", "plc"]
    static let hyphens: Set<String> = ["-", "‐", "‑"]

    static func find(_ a: TokenizedText, bodyLines: [Int]) -> (mentions: [NameMention], acronyms: AcronymDefinitions) {
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
        var acronyms = AcronymDefinitions()
        for l in bodyLines {
            let line = a.lines[l].tokens
            var runs: [Range<Int>] = []
            var i = line.lowerBound
            while i < line.upperBound {
                guard startsName(a, i, line: line) else { i += 1; continue }
                var end = i
                while let next = continuation(a, from: i, after: end, line: line) { end = next }
                if end + 2 < line.upperBound, a.gap(after: end) == ", ", companySuffixes.contains(a.tokens[end + 1].lower),
                   a.tokens[end + 1].isCapitalized {
                    end += 1
                }
                runs.append(i..<(end + 1))
                i = end + 1
            }
            runs = joinAcrossAnd(a, joinPossessiveOrganisations(a, runs))
            let first = mentions.count
            var workTitleEnd = line.lowerBound
            for run in runs {
                if let end = workTitle(a, startingAt: run.lowerBound, line: line) { workTitleEnd = end }
                for piece in clean(a, run, lowercaseWords: lowercaseWords, capitalizedInside: capitalizedInside) {
                    var m = piece
                    if m.title == nil { m.title = title(a, before: m.tokens.lowerBound, line: line) }
                    if m.tokens.lowerBound < workTitleEnd { m.isDocument = true; m.isPublisher = false }
                    mentions.append(m)
                }
            }
            define(a, line: line, mentions: &mentions, from: first, into: &acronyms)
        }
        return (mentions, acronyms)
    }

    static func opensQuote(_ a: TokenizedText, _ i: Int) -> Bool {
        a.gap(before: i).unicodeScalars.last.map { "\"“”".unicodeScalars.contains($0) } ?? false
    }

    /// True when token `i` is the stem of a contraction: "Don" of "Don't".
    static func isContraction(_ a: TokenizedText, _ i: Int) -> Bool {
        let line = a.lines[a.tokens[i].line].tokens
        // The ends are one or two letters: look at the next word's length before any string.
        guard i + 1 < line.upperBound, a.tokens[i + 1].text.utf8.count <= 2 else { return false }
        let gap = a.gap(after: i)
        return (gap == "'" || gap == "’") && contractionEnds.contains(a.tokens[i + 1].lower)
    }

    private static func startsName(_ a: TokenizedText, _ i: Int, line: Range<Int>) -> Bool {
        let t = a.tokens[i]
        if t.isCapitalized { return !isContraction(a, i) }
        return (t.lower == "al" || t.lower == "el") && i + 1 < line.upperBound && hyphens.contains(a.gap(after: i))
            && a.tokens[i + 1].isCapitalized
    }

    /// A single capital ("H." in "Jerome H. Powell", "U.S.") or an abbreviation a name goes on after.
    private static func isInitial(_ a: TokenizedText, _ i: Int) -> Bool {
        let t = a.tokens[i]
        return (t.isCapitalized && t.scalarCount == 1) || nameAbbreviations.contains(t.lower)
    }

    /// True when token `i` names a kind of body, place, document or office: "Council", "City", "Act", "Secretary".
    static func isHeadWord(_ a: TokenizedText, _ i: Int) -> Bool {
        a.lower(i, is: .organisationWord) || a.lower(i, is: .placeWord) || a.lower(i, is: .title)
            || documentWords.contains(a.tokens[i].lower)
    }

    /// The last token of the name's next part after token `end` (the run began at `start`), if the name goes on.
    private static func continuation(_ a: TokenizedText, from start: Int, after end: Int, line: Range<Int>) -> Int? {
        let next = end + 1
        guard next < line.upperBound else { return nil }
        let gap = a.gap(after: end)
        let t = a.tokens[next]
        if gap == "." || gap == ". " {
            // "Jerome H. Powell", "U.S. Postal Service", "St. Louis", "Gov. Hochul" — but not "the U.S. The …".
            guard isInitial(a, end) || (gap == ". " && a.lower(end, is: .title)) else { return nil }
            return t.isCapitalized && !a.lower(next, is: .functionWord) && !isContraction(a, next) ? next : nil
        }
        guard gap == " " || gap == " & " || hyphens.contains(gap) else { return nil }
        if t.isCapitalized && !a.lower(next, is: .month) && !isContraction(a, next) { return next }
        if a.lower(next, is: .connector), t.text == t.lower, next + 1 < line.upperBound {
            let gap2 = a.gap(after: next)
            let spaced = ["of", "on", "for"].contains(t.lower)
            // "Council on Environmental Quality", "University of Arizona" — but not "Americans on Medicaid"
            // or "Christopher Bergevin of York University": "of" joins a body's, place's or office's name.
            if spaced, !(start...end).contains(where: { isHeadWord(a, $0) }) { return nil }
            if t.lower == "in" {
                return hyphens.contains(gap) && hyphens.contains(gap2) && a.tokens[next + 1].isCapitalized ? next + 1 : nil
            }
            if a.tokens[next + 1].isCapitalized, spaced ? (gap == " " && gap2 == " ") : (gap2 == " " || hyphens.contains(gap2)) {
                return next + 1
            }
            // "Court for the Southern District", "Bank of the Philippines"
            if spaced, gap == " ", gap2 == " ", a.tokens[next + 1].lower == "the", next + 2 < line.upperBound,
               a.gap(after: next + 1) == " ", a.tokens[next + 2].isCapitalized, !a.lower(next + 2, is: .functionWord) {
                return next + 2
            }
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
               run.contains(where: { a.lower($0, is: .organisationWord) }), !previous.contains(where: { isHeadWord(a, $0) }) {
                result[result.count - 1] = previous.lowerBound..<run.upperBound
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// Two runs joined by "and" that make one name: "Triborough Bridge and Tunnel Authority", "CHIPS and
    /// Science Act" (only the second ends in a body's or a law's word), "Center for Tech and Civic Life",
    /// "Department of Health and Human Services" (the first is a body "of"/"for" something), or any two
    /// that an acronym right after spells together.
    private static func joinAcrossAnd(_ a: TokenizedText, _ runs: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        func isHead(_ i: Int) -> Bool { a.lower(i, is: .organisationWord) || documentWords.contains(a.tokens[i].lower) }
        for run in runs {
            guard let previous = result.last, previous.upperBound + 1 == run.lowerBound,
                  a.tokens[previous.upperBound].text == "and", a.gap(before: previous.upperBound) == " ",
                  a.gap(after: previous.upperBound) == " ", !a.lower(previous.lowerBound, is: .functionWord) else {
                result.append(run)
                continue
            }
            let joined = previous.lowerBound..<run.upperBound
            let line = a.lines[a.tokens[run.lowerBound].line].tokens
            var spelt = false
            if run.upperBound < line.upperBound, a.tokens[run.upperBound].isAllCaps, a.gap(after: run.upperBound - 1).hasSuffix("(") {
                let acronym = a.tokens[run.upperBound].text
                spelt = spells(acronym, a.text(from: joined.lowerBound, through: joined.upperBound - 1))
                    && !spells(acronym, a.text(from: run.lowerBound, through: run.upperBound - 1))
            }
            let bodyOf = previous.contains(where: isHead)
                && previous.contains(where: { ["of", "for", "on"].contains(a.tokens[$0].text) }) && run.count <= 4
            let lawOrBody = run.count >= 2 && isHead(run.upperBound - 1) && !previous.contains(where: isHead)
            if spelt || bodyOf || lawOrBody {
                result[result.count - 1] = joined
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// The name in `tokens` once the title words before it are set aside: "Deputy National Security
    /// Advisor Daleep Singh" → "Daleep Singh". `nil` when only titles are left.
    static func nameAfterTitles(_ a: TokenizedText, _ tokens: Range<Int>) -> String? {
        guard !tokens.isEmpty else { return nil }
        guard let (name, _) = splitTitle(a, tokens) else { return a.text(from: tokens.lowerBound, through: tokens.upperBound - 1) }
        return name.isEmpty ? nil : a.text(from: name.lowerBound, through: name.upperBound - 1)
    }

    /// The person's name in a run holding title words, and where the titles start; `nil` when the run
    /// holds no title. The name is empty when the run holds nothing but titles and what they govern.
    /// "U.S. Secretary of Commerce Gina Raimondo" → "Gina Raimondo", titles from "Secretary";
    /// "Assistant Secretary of Commerce for Economic Development" → no name.
    static func splitTitle(_ a: TokenizedText, _ run: Range<Int>) -> (name: Range<Int>, titleStart: Int)? {
        guard let firstTitle = run.first(where: { a.lower($0, is: .title) }),
              let lastTitle = run.last(where: { a.lower($0, is: .title) }) else { return nil }
        let none = run.upperBound..<run.upperBound
        var start = lastTitle + 1
        // "of Commerce Gina Raimondo": a complement of the title, then the name.
        var complement = false
        while start < run.upperBound, a.tokens[start].text == a.tokens[start].lower, a.lower(start, is: .connector) {
            complement = true
            start += 1
            if start < run.upperBound, a.tokens[start].lower == "the" { start += 1 }
        }
        let rest = start..<run.upperBound
        if rest.isEmpty || rest.contains(where: { a.tokens[$0].text == a.tokens[$0].lower }) { return (none, firstTitle) }
        let initials = rest.contains { a.tokens[$0].scalarCount == 1 }
        let longest = initials ? 3 : 2
        if complement {
            // The complement takes a word or two; a name needs two more.
            return rest.count < 3 ? (none, firstTitle) : ((run.upperBound - longest)..<run.upperBound, firstTitle)
        }
        return (rest.count > longest + 1 ? (run.upperBound - longest)..<run.upperBound : rest, firstTitle)
    }

    /// The names in a run, cleaned: leading function words and sentence-initial common words dropped,
    /// titles split off, codes, contractions, number words, demonyms and events dropped.
    private static func clean(_ a: TokenizedText, _ run: Range<Int>, lowercaseWords: [Bool],
                              capitalizedInside: [Bool]) -> [NameMention] {
        func seenInLowerCase(_ i: Int) -> Bool { lowercaseWords[Int(a.lowerIds[i])] }
        var lo = run.lowerBound, hi = run.upperBound
        func isSentenceInitial(_ i: Int) -> Bool { a.startsSentence[i] || opensQuote(a, i) }
        // Leading function words, weekdays, months, and common words capitalised only because they start a sentence.
        while lo < hi {
            let t = a.tokens[lo]
            if (a.lower(lo, is: .functionWord) && !t.isAllCaps) || a.lower(lo, is: .weekday) || a.lower(lo, is: .month)
                || (isSentenceInitial(lo) && lo + 1 < hi && seenInLowerCase(lo) && !capitalizedInside[Int(a.textIds[lo])]
                    && !a.lower(lo, is: .title)) {
                lo += 1
            } else {
                break
            }
        }
        while hi > lo && (a.lower(hi - 1, is: .weekday) || a.text(hi - 1, is: .connector) || a.tokens[hi - 1].text == "the") {
            hi -= 1
        }
        guard lo < hi else { return [] }
        // Titles: the name is what follows the last one; what stands before the first is a name of its own
        // ("Council on Environmental Quality Chair Brenda Mallory", "New York Governor Andrew Cuomo").
        if let (name, title) = splitTitle(a, lo..<hi) {
            var pieces: [NameMention] = []
            if title > lo {
                pieces += clean(a, lo..<title, lowercaseWords: lowercaseWords, capitalizedInside: capitalizedInside)
            }
            // "the Governor of New York": what the title governs is a name of its own.
            if name.isEmpty, let of = (title..<hi).last(where: { a.tokens[$0].text == "of" }), of + 1 < hi,
               a.tokens[of + 1].isCapitalized {
                pieces += clean(a, (of + 1)..<hi, lowercaseWords: lowercaseWords, capitalizedInside: capitalizedInside)
            }
            if !name.isEmpty, name.lowerBound > title, !name.contains(where: { hasDigit(a, $0) }) {
                pieces.append(NameMention(tokens: name, surface: a.text(from: name.lowerBound, through: name.upperBound - 1),
                                          title: a.text(from: title, through: name.lowerBound - 1)))
            }
            return pieces
        }
        let tokens = lo..<hi
        let numbered = tokens.contains { hasDigit(a, $0) }
        // "CRS Report R46646", "NABE Surveys": an acronym before a document is its publisher.
        if tokens.count >= 2, a.tokens[lo].isAllCaps, numbered || publicationWords.contains(a.tokens[lo + 1].lower) {
            return [NameMention(tokens: lo..<(lo + 1), surface: a.tokens[lo].text, isPublisher: true)]
        }
        // Codes and numbered things ("FY2023", "IF13013"), "P.L." and "U.S.C." beside a number.
        if numbered { return [] }
        // "U.S.", "D.C.": single capitals joined by full stops make one word.
        let dotted = tokens.count >= 2 && tokens.allSatisfy { a.tokens[$0].scalarCount == 1 && a.tokens[$0].isCapitalized }
            && tokens.dropFirst().allSatisfy { a.gap(before: $0) == "." }
        if tokens.allSatisfy({ a.tokens[$0].scalarCount == 1 }), besideNumber(a, tokens) { return [] }
        if a.lower(hi - 1, is: .eventSuffix) { return [] }
        if let e = tokens.first(where: { a.lower($0, is: .eventWord) }) {
            return e > lo ? clean(a, lo..<e, lowercaseWords: lowercaseWords, capitalizedInside: capitalizedInside) : []
        }
        let surface = a.text(from: lo, through: hi - 1)
        // A law's or a work's name: its last word, or its head word before "of"/"on" ("Executive Order on …", "Summary of …").
        let headWord = tokens.first(where: { a.lower($0, is: .connector) && ["of", "on", "for"].contains(a.tokens[$0].text) }).map { $0 - 1 }
        if documentWords.contains(a.tokens[hi - 1].lower)
            || headWord.map({ $0 >= lo && documentWords.contains(a.tokens[$0].lower) && !unitWords.contains(a.tokens[$0].lower) }) == true {
            return [NameMention(tokens: tokens, surface: surface, isDocument: true)]
        }
        if isDemonymPhrase(a, tokens) { return [] }
        let first = a.tokens[lo]
        let words = tokens.filter { $0 == lo || a.gap(before: $0) == " " }.count
        if dotted { return [NameMention(tokens: tokens, surface: surface)] }
        if words == 1 {
            if first.scalarCount < 2 && !first.isAllCaps { return [] }
            if NumberWords.units[first.lower] != nil || NumberWords.scales[first.lower] != nil || NumberWords.ordinals[first.lower] != nil {
                return []
            }
            if isSentenceInitial(lo) && !first.isAllCaps
                && (!capitalizedInside[Int(a.textIds[lo])] || seenInLowerCase(lo)) { return [] }
            // A common noun capitalised for style ("Federal", "Members"), unless it is the head word of a body.
            if !first.isAllCaps, hi == lo + 1, seenInLowerCase(lo), !a.lower(lo, is: .organisationWord),
               !a.lower(lo, is: .placeWord) { return [] }
            // "the Administration", "the Committee": a body named by its kind is an alias at most.
            if !first.isAllCaps, hi == lo + 1, genericBodyWords.contains(first.lower) || a.lower(lo, is: .placeWord) {
                return [NameMention(tokens: tokens, surface: surface, isGeneric: true)]
            }
            if isDemonym(a, lo, hi) { return [] }
        }
        return [NameMention(tokens: tokens, surface: surface)]
    }

    private static func hasDigit(_ a: TokenizedText, _ i: Int) -> Bool {
        let t = a.tokens[i]
        return t.isDigits || (!t.isCapitalized || t.scalarCount > 1) && t.text.utf8.contains { $0 >= 48 && $0 <= 57 }
    }

    /// "P.L. 107-252", "23 U.S.C. §301": letters standing beside a number are a code's.
    private static func besideNumber(_ a: TokenizedText, _ tokens: Range<Int>) -> Bool {
        let line = a.lines[a.tokens[tokens.lowerBound].line].tokens
        if tokens.upperBound < line.upperBound, a.tokens[tokens.upperBound].isDigits || a.gap(after: tokens.upperBound - 1).contains("§") { return true }
        return tokens.lowerBound > line.lowerBound && a.tokens[tokens.lowerBound - 1].isDigits
    }

    /// "Asian Americans", "Indian American", "Europeans": people by origin, not an entity.
    private static func isDemonymPhrase(_ a: TokenizedText, _ tokens: Range<Int>) -> Bool {
        let last = a.tokens[tokens.upperBound - 1].lower
        if ["ians", "cans", "eans"].contains(where: { last.hasSuffix($0) }) { return true }
        guard tokens.count >= 2 else { return false }
        return tokens.allSatisfy { i in
            let w = a.tokens[i].lower
            return w.count >= 4 && ["ian", "ean", "can", "ese", "ish"].contains { w.hasSuffix($0) }
        }
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

    /// Where the title of a work that starts at token `i` ends: after "a book called …" or a report's
    /// number ("CRS Report R46646, Election Administration: …"), up to "by" or the end of the sentence.
    private static func workTitle(_ a: TokenizedText, startingAt i: Int, line: Range<Int>) -> Int? {
        guard i > line.lowerBound else { return nil }
        let before = a.tokens[i - 1]
        let gap = a.gap(before: i)
        let afterCode = gap == ", " && !before.isDigits && hasDigit(a, i - 1)
        let called = gap == " " && (before.text == "called" || before.text == "titled" || before.text == "entitled")
        guard afterCode || called else { return nil }
        var k = i
        while k < line.upperBound, a.tokens[k].text != "by", k == i || !a.startsSentence[k] { k += 1 }
        return k
    }

    /// Acronyms spelt out in the line: "Federal Highway Administration (FHWA)" — the name before the
    /// parenthesis, when the acronym's letters run through it from its first letter — and terms:
    /// "personal protective equipment (PPE)".
    private static func define(_ a: TokenizedText, line: Range<Int>, mentions: inout [NameMention], from first: Int,
                               into acronyms: inout AcronymDefinitions) {
        for k in line where a.tokens[k].isAllCaps && k > line.lowerBound && a.gap(before: k).hasSuffix("(") {
            let after = a.gap(after: k)
            guard after.hasPrefix(")") || after.hasPrefix(";") || after.hasPrefix(",") else { continue }
            var before = k - 1
            // "Summary of Economic Projection's (SEP)", "Help America Vote Act of 2002 (HAVA; …)"
            if a.tokens[before].lower == "s", before > line.lowerBound, ["'", "’"].contains(a.gap(before: before)) { before -= 1 }
            if a.tokens[before].isDigits, before - 2 >= line.lowerBound, a.tokens[before - 1].lower == "of" { before -= 2 }
            let acronym = a.tokens[k].text
            // "Coronavirus Aid, Relief, and Economic Security (CARES) Act": the names listed before are a law's.
            if after == ") ", k + 1 < line.upperBound, documentWords.contains(a.tokens[k + 1].lower) {
                acronyms.terms.insert(acronym)
                var end = before
                while let m = mentions[first...].lastIndex(where: { $0.tokens.upperBound - 1 == end }) {
                    mentions[m].isDocument = true
                    mentions[m].isPublisher = false
                    let start = mentions[m].tokens.lowerBound
                    guard start > line.lowerBound else { break }
                    let gap = a.gap(before: start)
                    if gap == ", " || gap == " " { end = start - 1 } else { break }
                    if a.tokens[end].text == "and" || a.tokens[end].text == "or", end > line.lowerBound,
                       [", ", " "].contains(a.gap(before: end)) { end -= 1 }
                }
                continue
            }
            if let m = mentions[first...].last(where: { $0.tokens.upperBound - 1 == before }) {
                // The acronym may spell only the end of the name: "New York City’s Metropolitan Transportation Authority (MTA)".
                let words = m.surface.split(separator: " ")
                if words.indices.contains(where: { spells(acronym, words[$0...].joined(separator: " ")) }) {
                    acronyms.expansions[acronym] = m.surface
                }
            } else if a.tokens[before].text == a.tokens[before].lower, !a.tokens[before].isDigits {
                acronyms.terms.insert(acronym)
            }
        }
    }

    /// True when the letters of `acronym` appear in order in `name`, the first being its first letter.
    static func spells(_ acronym: String, _ name: String) -> Bool {
        let letters = Array(name.lowercased().unicodeScalars.filter(\.isLetter))
        let wanted = Array(acronym.lowercased().unicodeScalars)
        guard let first = wanted.first, letters.first == first else { return false }
        var k = 0
        for s in letters where k < wanted.count && s == wanted[k] { k += 1 }
        return k == wanted.count
    }
}
