/// A sentence in which the writer reports or grants a view that may go against the thesis.
struct RawCounter {
    var sentence: Range<Int>
    /// Where the cue stands: the excerpt is grown around it.
    var anchor: Int
    /// The words that mark it ("some have argued"), for the editor's note.
    var cue: String
}

/// Finds the views a writer weighs: what unnamed others hold ("some have argued", "critics say",
/// "forecasters did not believe", "described by some as"), concessions ("It is true that", "It may
/// seem"), stated rationales ("One rationale for … is") and what the speaker was told ("I was told").
/// Whether a view goes against the thesis only a reader can tell: every one is drafted for review.
enum CounterFinder {
    /// People holding a view, when the text does not name them.
    static let holders: Set<String> = ["some", "others", "critics", "opponents", "skeptics", "sceptics", "detractors",
                                       "forecasters", "economists", "experts", "analysts", "observers", "many", "proponents"]
    /// Verbs of holding a view.
    static let viewVerbs: Set<String> = [
        "argue", "argued", "argues", "say", "said", "says", "claim", "claimed", "claims", "contend", "contended", "suggest",
        "suggested", "worry", "worried", "believe", "believed", "warn", "warned", "fear", "feared", "object", "objected",
        "anticipate", "anticipated", "expect", "expected", "predict", "predicted", "projected", "credit", "credited",
        "estimate", "estimated", "insist", "insisted", "maintain", "maintained", "doubt", "doubted", "charge", "charged",
    ]
    /// Holders who are often cited in support ("experts expect that it would save …"): their view counts
    /// only with a verb of warning, doubt or a forecast.
    static let professionals: Set<String> = ["forecasters", "economists", "experts", "analysts", "observers"]
    static let contraryVerbs: Set<String> = ["warn", "warned", "fear", "feared", "worry", "worried", "doubt", "doubted",
                                             "argue", "argued", "anticipated", "predicted", "projected", "believed"]
    /// Words that may stand between the holder and the verb: "some have argued", "forecasters simply did not believe".
    static let between: Set<String> = ["have", "has", "had", "may", "might", "would", "could", "also", "simply", "did", "do",
                                       "not", "still", "long", "even", "often"]
    /// "One rationale for prohibiting yield is …".
    static let rationaleNouns: Set<String> = ["rationale", "argument", "objection", "criticism", "case", "justification"]

    /// Words that can start a cue inside a sentence.
    private static let triggers = holders.union(["i", "we", "by", "expressed"])
    /// Words that can start a cue at the start of a sentence.
    private static let openers: Set<String> = ["it", "admittedly", "granted", "to", "one"]

    /// `quoted`: the words in quotation marks (``QuoteFinder/quotedSpans(_:lines:)``), in text order.
    static func find(_ a: TokenizedText, lines: [Int], quoted: [Range<Int>], limit: Int = 4) -> [RawCounter] {
        // By word number, so the pass over every word of a long text compares no strings.
        var isTrigger = [Bool](repeating: false, count: a.wordCount)
        for word in triggers { if let n = a.number(of: word) { isTrigger[Int(n)] = true } }
        var found: [RawCounter] = []
        for l in lines {
            for sentence in a.sentences(inLine: l) where sentence.count >= 6 {
                guard openers.contains(a.tokens[sentence.lowerBound].lower) || sentence.contains(where: { isTrigger[Int(a.lowerIds[$0])] }),
                      !ThesisFinder.overlapping(sentence, in: quoted).contains(where: { $0.count * 2 >= sentence.count }),
                      let (cue, at) = cue(in: sentence, a, isTrigger) else { continue }
                found.append(RawCounter(sentence: sentence, anchor: at, cue: cue))
                if found.count == limit { return found }
            }
        }
        return found
    }

    private static func cue(in sentence: Range<Int>, _ a: TokenizedText, _ isTrigger: [Bool]) -> (String, Int)? {
        func word(_ i: Int) -> String { i < sentence.upperBound ? a.tokens[i].lower : "" }
        let s = sentence.lowerBound
        // Concessions and rationales opening the sentence.
        if word(s) == "it", word(s + 1) == "is", word(s + 2) == "true", word(s + 3) == "that" { return ("“It is true that”", s) }
        if word(s) == "it", word(s + 1) == "may" || word(s + 1) == "might", word(s + 2) == "seem" { return ("“It may seem”", s) }
        if ["admittedly", "granted"].contains(word(s)) || (word(s) == "to" && word(s + 1) == "be" && word(s + 2) == "sure") {
            return ("a concession (“to be sure”)", s)
        }
        if word(s) == "one", rationaleNouns.contains(word(s + 1)), ["for", "against", "is"].contains(word(s + 2)) {
            return ("“One \(word(s + 1)) for …”", s)
        }
        for i in sentence where isTrigger[Int(a.lowerIds[i])] {
            let w = a.tokens[i].lower
            // "I was told", "we were told"
            if (w == "i" || w == "we"), ["was", "were"].contains(word(i + 1)), word(i + 2) == "told" { return ("“\(w == "i" ? "I" : "we") was told”", i) }
            // "described by some as", "seen by critics as"
            if w == "by", holders.contains(word(i + 1)), i > sentence.lowerBound,
               ["described", "seen", "viewed", "criticized", "criticised", "argued", "considered"].contains(a.tokens[i - 1].lower) {
                return ("“\(a.tokens[i - 1].text) by \(a.tokens[i + 1].text)”", i)
            }
            // "have expressed reservations"
            if w == "expressed", ["reservations", "concerns", "doubts", "skepticism", "scepticism"].contains(word(i + 1)) {
                return ("“expressed \(word(i + 1))”", i)
            }
            guard holders.contains(w) else { continue }
            // "some have argued", "Some analyses estimate", "professional forecasters projected"
            var k = i + 1
            if ["some", "many", "others"].contains(w), k < sentence.upperBound, !between.contains(word(k)), !viewVerbs.contains(word(k)),
               a.tokens[k].text == a.tokens[k].lower, a.gap(before: k) == " " {
                k += 1   // one noun: "Some analyses estimate"
            }
            while k < sentence.upperBound, between.contains(word(k)) { k += 1 }
            let negated = (i + 1..<k).contains { a.tokens[$0].lower == "not" }
            if viewVerbs.contains(word(k)), a.gap(before: k).allSatisfy({ $0 == " " }),
               !professionals.contains(w) || contraryVerbs.contains(word(k)) || negated {
                return ("“\(a.text(from: i, through: k))”", i)
            }
        }
        return nil
    }
}
