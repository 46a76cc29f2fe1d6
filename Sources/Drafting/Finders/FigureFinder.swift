import PacketModel

/// A number the article states, before it gets an id and an excerpt.
struct RawFigure {
    /// The figure's words and the noun it counts: the excerpt is grown around these.
    var anchor: Range<Int>
    var value: StatValue
    var unit: String
    var asWritten: String
    var approximate: Bool
    var measures: String
}

/// Finds numbers and percentages written in digits or words, vague quantities ("several hundred",
/// "thousands"), multiples ("ten times") and ranks ("second largest"), with the noun they count.
enum FigureFinder {
    static let stopWords: WordList = [
        "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "is",
        "was", "were", "are", "be", "been", "than", "as", "it", "its", "their", "his", "her", "this", "these",
        "those", "such", "had", "has", "have", "will", "would", "could", "can", "may", "might", "did", "do", "not",
        "when", "where", "while", "after", "before", "since", "during", "into", "but", "so", "if", "them", "they",
        "he", "she", "we", "you", "i", "our", "my", "your", "more", "less", "ago", "later", "earlier",
    ]
    static let currencies: [Unicode.Scalar: String] = ["$": "dollars", "€": "euros", "£": "pounds"]
    /// Words before a number that make it approximate; `true` when they also leave it open above.
    static let qualifiers: [(words: [String], openEnded: Bool)] = [
        (["about"], false), (["around"], false), (["roughly"], false), (["approximately"], false),
        (["nearly"], false), (["almost"], false), (["some"], false), (["an", "estimated"], false),
        (["close", "to"], false), (["more", "than"], true), (["at", "least"], true), (["over"], true),
    ]

    static func find(_ article: TokenizedText, bodyLines: [Int], skipping consumed: Set<Int>) -> [RawFigure] {
        var figures: [RawFigure] = []
        var isConsumed = [Bool](repeating: false, count: article.tokens.count)
        for i in consumed { isConsumed[i] = true }
        for l in bodyLines {
            let line = article.lines[l].tokens
            var i = line.lowerBound
            while i < line.upperBound {
                if !isConsumed[i], let figure = figure(at: i, article, line: line) {
                    figures.append(figure)
                    i = figure.anchor.upperBound
                } else {
                    i += 1
                }
            }
        }
        return figures
    }

    /// The quantity starting at token `i`: its value, the index of its last token, and whether it is vague.
    private static func quantity(at i: Int, _ a: TokenizedText, line: Range<Int>) -> (value: StatValue, last: Int, approximate: Bool, unit: String?)? {
        let t = a.tokens[i]
        let next = i + 1 < line.upperBound ? a.tokens[i + 1].lower : ""
        if t.isDigits {
            if a.gap(before: i).hasSuffix("/") || a.gap(after: i).hasPrefix("/") { return nil }
            var last = i
            var text = t.text
            while last + 1 < line.upperBound, a.tokens[last + 1].isDigits,
                  (a.gap(after: last) == "," && a.tokens[last + 1].text.count == 3) || a.gap(after: last) == "." {
                text += (a.gap(after: last) == "." ? "." : "") + a.tokens[last + 1].text
                last += 1
            }
            guard var value = Double(text) else { return nil }
            var unit: String?
            if let currency = a.gap(before: i).unicodeScalars.last, let name = currencies[currency] {
                unit = name
            }
            if a.gap(after: last).hasPrefix("%") {
                unit = "percent"
            } else if last + 1 < line.upperBound, let scale = NumberWords.scales[a.tokens[last + 1].lower],
                      a.gap(after: last) == " " {
                value *= scale
                last += 1
            }
            if unit == nil, last + 1 < line.upperBound, a.tokens[last + 1].lower == "percent" {
                unit = "percent"; last += 1
            }
            return (.exact(value), last, false, unit)
        }
        if (t.lower == "several" || t.lower == "few"), let scale = NumberWords.scales[next] {
            return (.range(min: 2 * scale, max: 9 * scale), i + 1, true, nil)
        }
        if t.lower == "tens" || t.lower == "hundreds", next == "of", i + 2 < line.upperBound,
           let scale = NumberWords.vaguePlurals[a.tokens[i + 2].lower], scale >= 1_000 {
            return (.range(min: 2 * (t.lower == "tens" ? 10 : 100) * scale, max: nil), i + 2, true, nil)
        }
        if let unitValue = NumberWords.vaguePlurals[t.lower] {
            return (.range(min: 2 * unitValue, max: nil), i, true, nil)
        }
        if let times = NumberWords.multiplyingVerbs[t.lower] { return (.exact(times), i, false, "times") }   // "tripled"
        if t.lower == "twice" { return (.exact(2), i, false, "times") }
        if let fraction = fraction(at: i, a, line: line) { return (.exact(fraction.percent), fraction.last, false, "percent") }
        if t.lower == "a" || t.lower == "an" {
            if next == "dozen" { return (.exact(12), i + 1, false, nil) }
            if let scale = NumberWords.scales[next] { return (.exact(scale), i + 1, false, nil) }
            if let unit = NumberWords.timeUnits[next], !next.hasSuffix("s"), i > line.lowerBound,
               !["per", "once", "twice", "times", "of", "the"].contains(a.tokens[i - 1].lower), !isRate(a, i),
               !(i + 2 < line.upperBound && ["where", "when", "that", "which"].contains(a.tokens[i + 2].lower)) {
                return (.exact(1), i + 1, false, unit)
            }
            return nil
        }
        if t.lower == "half", next == "of" { return (.exact(50), i, true, "percent") }
        if let parsed = NumberWords.parse(a, at: i, limit: line.upperBound) {
            let afterToken = parsed.last + 1
            let after = afterToken < line.upperBound ? a.tokens[afterToken].lower : ""
            if parsed.value == 1 && parsed.last == i && NumberWords.timeUnits[after] == nil && after != "percent" {
                return nil   // "one" is mostly a pronoun
            }
            // "zero emission vehicles": "zero" before a noun describes it.
            if parsed.value == 0, afterToken < line.upperBound, a.gap(after: parsed.last) == " ", !a.lower(afterToken, is: .stopWord) {
                return nil
            }
            if after == "percent" { return (.exact(parsed.value), parsed.last + 1, false, "percent") }
            return (.exact(parsed.value), parsed.last, false, nil)
        }
        return nil
    }

    /// "three-fifths", "two-thirds", "one-quarter", "a third of": a fraction as a percentage.
    private static func fraction(at i: Int, _ a: TokenizedText, line: Range<Int>) -> (percent: Double, last: Int)? {
        let word = a.tokens[i].lower
        guard i + 1 < line.upperBound, let denominator = NumberWords.fractions[a.tokens[i + 1].lower] else { return nil }
        let numerator: Double
        if word == "a" || word == "an" {
            guard a.gap(after: i) == " ", i + 2 < line.upperBound, a.tokens[i + 2].lower == "of" else { return nil }
            numerator = 1
        } else {
            guard let n = NumberWords.units[word], EntityFinder.hyphens.contains(a.gap(after: i)) || a.gap(after: i) == " " else { return nil }
            numerator = n
        }
        return ((numerator / denominator * 100 * 100).rounded() / 100, i + 1)
    }

    /// "$400 a month", "$400,000 a year": "a" after an amount makes a rate, not a length of time.
    private static func isRate(_ a: TokenizedText, _ i: Int) -> Bool {
        guard i > a.lines[a.tokens[i].line].tokens.lowerBound else { return false }
        return a.tokens[i - 1].isDigits || NumberWords.scales[a.tokens[i - 1].lower] != nil
    }

    /// Label nouns a number names a thing after ("Table 2", "Phase 1", "Title 23", "Section 501").
    static let labelNouns: Set<String> = [
        "table", "figure", "fig", "chart", "phase", "title", "section", "sec", "chapter", "part", "article", "amendment",
        "appendix", "exhibit", "page", "volume", "vol", "item", "step", "route", "model", "version", "form", "schedule",
        "docket", "case", "bill", "resolution", "no", "grade", "level", "stage", "tier", "class", "category", "round",
    ]

    /// True when the number at token `i` is part of a code, a label, a list number or a time of day:
    /// "P.L. 107-252", "23 U.S.C. §301", "§129(a)(1)", "(1)", "COVID-19", "Table 2", "7:15 P.M.".
    static func isCode(_ a: TokenizedText, _ i: Int, line: Range<Int>) -> Bool {
        let before = a.gap(before: i), after = a.gap(after: i)
        let hasNext = i + 1 < line.upperBound, hasPrevious = i > line.lowerBound
        if before.hasSuffix("§") || before.hasSuffix("#") || after.hasPrefix("(") { return true }
        if before.hasSuffix("(") && after.hasPrefix(")") && !after.hasPrefix(")%") { return true }   // "(1)", "(c)(3)"
        // Times of day: "7:01", "7 p.m."
        if after == ":", hasNext, a.tokens[i + 1].isDigits, a.tokens[i + 1].text.count == 2 { return true }
        if before == ":", hasPrevious, a.tokens[i - 1].isDigits { return true }
        if hasNext, ["am", "pm"].contains(a.tokens[i + 1].lower) || (["a", "p"].contains(a.tokens[i + 1].lower) && a.gap(after: i + 1) == ".") {
            return true
        }
        if hasPrevious, EntityFinder.hyphens.contains(before) {
            let previous = a.tokens[i - 1]
            if previous.text.unicodeScalars.contains(where: \.isLetter) { return true }   // "COVID-19"
            if previous.isDigits, isCode(a, i - 1, line: line) { return true }         // "107-252" after "P.L."
        }
        if hasPrevious, before == ". " || before == ".", a.tokens[i - 1].scalarCount == 1, a.tokens[i - 1].isCapitalized {
            return true   // "P.L. 107", "S. 1"
        }
        if hasPrevious, before == " ", a.tokens[i - 1].isCapitalized, labelNouns.contains(a.tokens[i - 1].lower) { return true }
        if hasNext, after == " ", a.tokens[i + 1].scalarCount == 1, a.tokens[i + 1].isCapitalized,
           a.gap(after: i + 1) == "." {
            return true   // "23 U.S.C."
        }
        return false
    }

    private static func figure(at i: Int, _ a: TokenizedText, line: Range<Int>) -> RawFigure? {
        let t = a.tokens[i]
        let startsWithDigit = t.text.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false
        guard startsWithDigit || a.lower(i, is: .quantityStart) || a.lower(i, is: .timeUnit) else { return nil }
        if t.isDigits && isCode(a, i, line: line) { return nil }
        // "number thirteen in the world": a rank.
        if t.lower == "number", i + 1 < line.upperBound, a.gap(after: i) == " ",
           let n = NumberWords.parse(a, at: i + 1, limit: line.upperBound) ?? (a.tokens[i + 1].isDigits ? Double(a.tokens[i + 1].text).map { ($0, i + 1) } : nil) {
            return RawFigure(anchor: i..<(n.last + 1), value: .exact(n.value), unit: "rank", asWritten: a.text(from: i, through: n.last),
                             approximate: false, measures: "rank: \(phrase(a, from: i, line: line)) (TODO: check)")
        }
        // "the past quarter-century", "a half-century".
        if t.lower == "quarter" || t.lower == "half", i + 1 < line.upperBound, a.tokens[i + 1].lower == "century",
           EntityFinder.hyphens.contains(a.gap(after: i)) {
            return RawFigure(anchor: i..<(i + 2), value: .exact(t.lower == "quarter" ? 25 : 50), unit: "years",
                             asWritten: a.text(from: i, through: i + 1), approximate: false, measures: lengthMeasure(a, after: i + 1, line: line))
        }
        if t.lower == "number" || t.lower == "quarter" { return nil }
        // "Nearly three-fifths (58%)": the percentage in parentheses is the figure.
        if let f = fraction(at: i, a, line: line), a.gap(after: f.last).hasSuffix("("), f.last + 1 < line.upperBound,
           a.tokens[f.last + 1].isDigits {
            return nil
        }
        // Ranks: "second largest city".
        if let rank = NumberWords.ordinals[t.lower] ?? (startsWithDigit ? ordinalDigits(t.lower) : nil), i + 1 < line.upperBound,
           NumberWords.isSuperlative(a.tokens[i + 1].lower), a.gap(after: i) == " " {
            let end = i + 2 < line.upperBound && !a.tokens[i + 2].isCapitalized && a.gap(after: i + 1) == " " ? i + 2 : i + 1
            let words = a.text(from: i, through: end)
            return RawFigure(anchor: i..<(end + 1), value: .exact(rank), unit: "rank", asWritten: a.text(from: i, through: i + 1),
                             approximate: false, measures: "rank: \(words)")
        }
        if let vague = vagueDuration(at: i, a, line: line) { return vague }
        if let ratio = ratio(at: i, a, line: line) { return ratio }
        guard var q = quantity(at: i, a, line: line) else { return nil }
        // "between 38 and 79 percent", "between $25 million and $65 million", "2.25 to 2.5 percent".
        var rangeStart: Int?
        if let second = rangeEnd(after: q, at: i, a, line: line) {
            rangeStart = i > line.lowerBound && a.tokens[i - 1].lower == "between" ? i - 1 : i
            q = second
        }
        var start = i
        var value = q.value
        var approximate = q.approximate
        for (words, openEnded) in qualifiers where i - words.count >= line.lowerBound {
            let before = (i - words.count)..<i
            guard zip(before, words).allSatisfy({ a.tokens[$0].lower == $1 }) else { continue }
            if words == ["over"] && q.unit != nil { continue }
            start = before.lowerBound
            approximate = true
            if openEnded, case .exact(let v) = value { value = .range(min: v, max: nil) }
        }
        if case .exact(let v) = value, q.unit == nil, t.isDigits, v >= 1800, v <= 2100, !t.text.contains(".") {
            return nil   // a year: the date finder's
        }
        if let rangeStart { start = min(start, rangeStart) }
        var asWritten = a.text(from: start, through: q.last)
        if q.unit == "percent", a.gap(after: q.last).hasPrefix("%") { asWritten += "%" }
        if let currency = a.gap(before: i).unicodeScalars.last, q.unit.map({ ["dollars", "euros", "pounds"].contains($0) }) == true,
           start == i {
            asWritten = String(currency) + asWritten
        }
        var k = q.last + 1
        // "the first ten or so harmonics"
        if k + 1 < line.upperBound, a.tokens[k].lower == "or", a.tokens[k + 1].lower == "so" { k += 2; approximate = true }
        var unit = q.unit ?? "count"
        var anchorEnd = q.last
        var measures = "TODO: check what this number measures"
        if q.unit == "times" {
            measures = "how many times over: \(phrase(a, from: start, line: line)) (TODO: check)"
        } else if let timeUnit = q.unit, NumberWords.timeUnits.values.contains(timeUnit) {
            unit = timeUnit
            anchorEnd = q.last
            measures = lengthMeasure(a, after: q.last, line: line)
        } else if q.unit == "percent" {
            measures = k < line.upperBound && a.tokens[k].lower == "of"
                ? "share of " + phrase(a, from: k + 1, line: line) : "TODO: check what this percentage measures"
            if k < line.upperBound && a.tokens[k].lower == "of" { anchorEnd = min(k + 1, line.upperBound - 1) }
        } else if q.unit != nil {
            measures = "amount in \(unit) (TODO: check what it measures)"
        } else if k < line.upperBound, a.tokens[k].lower == "times" {
            unit = "times"
            anchorEnd = k + 1 < line.upperBound && a.gap(after: k) == " " ? k + 1 : k
            measures = "how many times over: \(a.text(from: start, through: anchorEnd)) (TODO: check)"
            asWritten = a.text(from: start, through: k)
        } else if k < line.upperBound, a.lower(k, is: .timeUnit), let timeUnit = NumberWords.timeUnits[a.tokens[k].lower] {
            unit = timeUnit
            anchorEnd = k
            asWritten = a.text(from: start, through: k)
            measures = lengthMeasure(a, after: k, line: line)
        } else {
            if k < line.upperBound, a.tokens[k].lower == "of" { k += 1 }
            if k < line.upperBound, a.tokens[k].lower == "the" { k += 1 }
            if let head = headNoun(a, from: k, line: line) {
                let noun = a.tokens[head].lower
                unit = NumberWords.peopleNouns.contains(noun) ? "people"
                    : NumberWords.attackNouns.contains(noun) ? "attacks" : noun
                anchorEnd = head
                measures = "number of " + a.text(from: k, through: head)
            } else if !t.isDigits && !(q.value == .exact(0) && t.lower == "zero") {
                return nil   // a number word that counts nothing we can name ("down to zero" is a level)
            }
        }
        return RawFigure(anchor: start..<(anchorEnd + 1), value: value, unit: unit, asWritten: asWritten,
                         approximate: approximate, measures: measures)
    }

    /// "spent years", "for months": an unstated number of years or months, at least two.
    private static func vagueDuration(at i: Int, _ a: TokenizedText, line: Range<Int>) -> RawFigure? {
        let word = a.tokens[i].lower
        guard ["years", "months", "decades", "weeks"].contains(word), i > line.lowerBound,
              ["for", "spent", "spend", "spends", "spending", "took", "takes", "within"].contains(a.tokens[i - 1].lower)
        else { return nil }
        return RawFigure(anchor: (i - 1)..<(i + 1), value: .range(min: 2, max: nil), unit: word, asWritten: a.tokens[i].text,
                         approximate: true, measures: lengthMeasure(a, after: i, line: line))
    }

    /// "1 in 257 tax filers": a ratio, as a fraction.
    private static func ratio(at i: Int, _ a: TokenizedText, line: Range<Int>) -> RawFigure? {
        guard a.tokens[i].isDigits, i + 2 < line.upperBound, a.tokens[i + 1].text == "in", a.tokens[i + 2].isDigits,
              a.gap(after: i) == " ", a.gap(after: i + 1) == " ", let n = Double(a.tokens[i].text) else { return nil }
        var last = i + 2
        var text = a.tokens[last].text
        while last + 1 < line.upperBound, a.tokens[last + 1].isDigits, a.gap(after: last) == ",", a.tokens[last + 1].text.count == 3 {
            text += a.tokens[last + 1].text
            last += 1
        }
        guard let m = Double(text), m > n else { return nil }
        let noun = headNoun(a, from: last + 1, line: line)
        return RawFigure(anchor: i..<((noun ?? last) + 1), value: .exact(n / m), unit: "ratio",
                         asWritten: a.text(from: i, through: last), approximate: false,
                         measures: "share: \(a.text(from: i, through: noun ?? last)) (TODO: check)")
    }

    /// The other end of a range after the quantity `q` that starts at token `i`: "between X and Y",
    /// "X to Y percent"; the combined quantity. A scale word on one end counts for both ("between 2
    /// and 3 million"; "between $25 million and $65", whose second end is smaller without it).
    private static func rangeEnd(after q: (value: StatValue, last: Int, approximate: Bool, unit: String?), at i: Int,
                                 _ a: TokenizedText, line: Range<Int>) -> (value: StatValue, last: Int, approximate: Bool, unit: String?)? {
        guard case .exact(var lo) = q.value, q.last + 2 < line.upperBound else { return nil }
        let joiner = a.tokens[q.last + 1].lower
        let between = i > line.lowerBound && a.tokens[i - 1].lower == "between" && joiner == "and"
        let to = joiner == "to" && q.unit == nil && !(i > line.lowerBound && a.tokens[i - 1].lower == "from")
        guard between || to, a.gap(after: q.last) == " ", let second = quantity(at: q.last + 2, a, line: line),
              case .exact(var hi) = second.value else { return nil }
        if to && second.unit != "percent" { return nil }
        let scaleOf: (Int) -> Double? = { k in NumberWords.scales[a.tokens[k].lower] }
        if let s = scaleOf(q.last), scaleOf(second.last) == nil, hi < lo { hi *= s }
        if scaleOf(q.last) == nil, let s = scaleOf(second.last), lo * s <= hi { lo *= s }
        guard hi > lo else { return nil }
        return (.range(min: lo, max: hi), second.last, q.approximate || second.approximate, q.unit ?? second.unit)
    }

    private static func ordinalDigits(_ word: String) -> Double? {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            return Double(word.dropLast(2))
        }
        return nil
    }

    private static func lengthMeasure(_ a: TokenizedText, after unitToken: Int, line: Range<Int>) -> String {
        let k = unitToken + 1
        if k < line.upperBound, a.tokens[k].lower == "of", a.gap(after: unitToken) == " " {
            return "length of " + phrase(a, from: k + 1, line: line)
        }
        return "a length of time (TODO: check what it measures)"
    }

    /// The plural noun (or counted noun) within a few words after a number.
    private static func headNoun(_ a: TokenizedText, from k: Int, line: Range<Int>) -> Int? {
        var j = k
        while j < line.upperBound && j < k + 6 {
            let t = a.tokens[j]
            if a.lower(j, is: .stopWord) { return nil }
            if a.lower(j, is: .peopleNoun) && !t.isAllCaps { return j }   // "Eight million Americans"
            if !t.isCapitalized && !t.isDigits
                && (a.lower(j, is: .peopleNoun) || a.lower(j, is: .attackNoun)
                    || (t.lower.hasSuffix("s") && t.lower.count >= 4 && !t.lower.hasSuffix("ss") && !t.lower.hasSuffix("us")
                        && !t.lower.hasSuffix("is"))) {
                return j
            }
            guard j + 1 < line.upperBound, [" ", "-", "‐"].contains(a.gap(after: j)) else { return nil }
            j += 1
        }
        return nil
    }

    /// Up to ten words from token `k`, stopping at a clause boundary.
    static func phrase(_ a: TokenizedText, from k: Int, line: Range<Int>) -> String {
        guard k < line.upperBound else { return "TODO: check" }
        let enders: Set<String> = ["that", "which", "who", "were", "was", "is", "are", "had", "has", "have", "will", "would"]
        var end = k
        while end + 1 < line.upperBound && end + 1 < k + 10 && !enders.contains(a.tokens[end + 1].lower) {
            let gap = a.gap(after: end)
            guard gap.unicodeScalars.allSatisfy({ $0 == " " || $0 == "-" || $0 == "’" || $0 == "'" }) else { break }
            end += 1
        }
        return a.text(from: k, through: end)
    }
}
