import PacketModel

/// A date the article prints or implies, before it is resolved against the publication date.
struct DateMention {
    enum Kind: Equatable {
        /// Printed with its year: "Sept. 2014", "June 9, 2016", "2014".
        case absolute(PartialDate)
        /// Printed without a year: "July 9".
        case monthDay(month: Int, day: Int)
        /// "last year" (-1), "this year" (0), "three years ago" (-3).
        case relativeYear(offset: Int)
        /// "last month" (-1), "this month" (0).
        case relativeMonth(offset: Int)
        /// "last December", "in December": the most recent such month (`includeCurrent` for "this"/"in").
        case namedMonth(month: Int, includeCurrent: Bool)
    }

    var tokens: Range<Int>
    var kind: Kind
    /// The words of the article that give the date.
    var phrase: String
    /// Something the editor should know about how it was read (e.g. "9/11").
    var note: String?
}

/// Finds absolute and relative dates in body paragraphs and resolves them against a publication date.
enum DateFinder {
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]
    private static let monthCues: WordList = ["in", "last", "this", "next", "since", "until", "of", "early", "late",
                                                 "mid", "by", "during", "from", "through", "between", "and", "to"]

    static func find(_ article: TokenizedText, bodyLines: [Int]) -> [DateMention] {
        var found: [DateMention] = []
        for l in bodyLines {
            let line = article.lines[l].tokens
            var i = line.lowerBound
            while i < line.upperBound {
                if let mention = mention(at: i, article, line: line) {
                    found.append(mention)
                    i = mention.tokens.upperBound
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    private static func month(at i: Int, _ a: TokenizedText, line: Range<Int>) -> Int? {
        let t = a.tokens[i]
        guard t.isCapitalized, a.lower(i, is: .month), let m = months[t.lower] else { return nil }
        if t.lower.count <= 4 && t.lower != "june" && t.lower != "july" && t.lower != "may" && !a.gap(after: i).hasPrefix(".") {
            return nil   // "Mar", "Dec" only as abbreviations with a full stop
        }
        if t.lower == "may" {
            let nextIsNumber = i + 1 < line.upperBound && a.tokens[i + 1].isDigits
            let cue = i > line.lowerBound && monthCues.contains(a.tokens[i - 1].lower)
            guard nextIsNumber || cue else { return nil }
        }
        return m
    }

    private static func number(at i: Int, _ a: TokenizedText, line: Range<Int>, digits: ClosedRange<Int>) -> Int? {
        guard i < line.upperBound, a.tokens[i].isDigits, digits.contains(a.tokens[i].text.count) else { return nil }
        return Int(a.tokens[i].text)
    }

    private static let relativeOffsets = ["last": -1, "this": 0, "next": 1, "past": -1, "previous": -1]
    static let relativeStarts = WordList(relativeOffsets.keys).union(NumberWords.units.keys).union(["a", "an"])

    private static func mention(at i: Int, _ a: TokenizedText, line: Range<Int>) -> DateMention? {
        let t = a.tokens[i]
        guard t.isCapitalized || t.isDigits || a.lower(i, is: .relativeDateStart) else { return nil }
        func make(_ range: ClosedRange<Int>, _ kind: DateMention.Kind, note: String? = nil) -> DateMention {
            DateMention(tokens: range.lowerBound..<(range.upperBound + 1), kind: kind,
                        phrase: a.text(from: range.lowerBound, through: range.upperBound), note: note)
        }
        if let m = month(at: i, a, line: line) {
            if let day = number(at: i + 1, a, line: line, digits: 1...2), (1...31).contains(day),
               !a.gap(after: i + 1).hasPrefix("%") {
                if let year = number(at: i + 2, a, line: line, digits: 4...4), [", ", " "].contains(a.gap(after: i + 1)),
                   let date = PartialDate(year: year, month: m, day: day) {
                    return make(i...(i + 2), .absolute(date))
                }
                return make(i...(i + 1), .monthDay(month: m, day: day))
            }
            if let year = number(at: i + 1, a, line: line, digits: 4...4), let date = PartialDate(year: year, month: m) {
                return make(i...(i + 1), .absolute(date))
            }
            if i > line.lowerBound {
                switch a.tokens[i - 1].lower {
                case "last": return make((i - 1)...i, .namedMonth(month: m, includeCurrent: false))
                case "this", "in", "since", "until", "by", "early", "late", "mid", "during":
                    return make((i - 1)...i, .namedMonth(month: m, includeCurrent: true))
                default: break
                }
            }
            return nil
        }
        if t.isDigits {
            // "9 July 2017"
            if let day = Int(t.text), t.text.count <= 2, (1...31).contains(day), i + 1 < line.upperBound,
               let m = month(at: i + 1, a, line: line) {
                if let year = number(at: i + 2, a, line: line, digits: 4...4), let date = PartialDate(year: year, month: m, day: day) {
                    return make(i...(i + 2), .absolute(date))
                }
                return make(i...(i + 1), .monthDay(month: m, day: day))
            }
            // "9/11" and "7/9/2017"
            if a.gap(after: i) == "/", let second = number(at: i + 1, a, line: line, digits: 1...2), let first = Int(t.text) {
                if a.gap(after: i + 1) == "/", let year = number(at: i + 2, a, line: line, digits: 4...4),
                   let date = PartialDate(year: year, month: first, day: second) {
                    return make(i...(i + 2), .absolute(date))
                }
                if first == 9 && second == 11, let date = PartialDate(year: 2001, month: 9, day: 11) {
                    return make(i...(i + 1), .absolute(date), note: "“9/11” read as the attacks of 11 September 2001.")
                }
                return nil
            }
            // "2017-07-09"
            if t.text.count == 4, a.gap(after: i) == "-", let m = number(at: i + 1, a, line: line, digits: 2...2),
               a.gap(after: i + 1) == "-", let d = number(at: i + 2, a, line: line, digits: 2...2),
               let year = Int(t.text), let date = PartialDate(year: year, month: m, day: d) {
                return make(i...(i + 2), .absolute(date))
            }
            // A year on its own: "in 2014".
            if t.text.count == 4, let year = Int(t.text), (1800...2100).contains(year),
               !a.gap(after: i).hasPrefix("%"), !a.gap(before: i).hasSuffix("$"),
               !(a.gap(after: i) == "," && i + 1 < line.upperBound && a.tokens[i + 1].isDigits),
               !(i + 1 < line.upperBound && (a.lower(i + 1, is: .peopleNoun) || a.lower(i + 1, is: .attackNoun))),
               let date = PartialDate(year: year) {
                return make(i...i, .absolute(date))
            }
            return nil
        }
        return relative(at: i, a, line: line, make: make)
    }

    private static func relative(at i: Int, _ a: TokenizedText, line: Range<Int>,
                                 make: (ClosedRange<Int>, DateMention.Kind, String?) -> DateMention) -> DateMention? {
        let word = a.tokens[i].lower
        let next = i + 1 < line.upperBound ? a.tokens[i + 1].lower : ""
        if let offset = relativeOffsets[word] {
            let start = i >= line.lowerBound + 1 && ["earlier", "later"].contains(a.tokens[i - 1].lower) && word == "this" ? i - 1 : i
            if next == "year" { return make(start...(i + 1), .relativeYear(offset: offset), nil) }
            if next == "month" { return make(start...(i + 1), .relativeMonth(offset: offset), nil) }
            return nil
        }
        // "three years ago", "a year ago", "three years after" (at the start of a sentence)
        var amount: Int?
        var last = i
        if word == "a" || word == "an" { amount = 1 } else if a.tokens[i].isDigits, let n = Int(a.tokens[i].text) { amount = n } else if let parsed = NumberWords.parse(a, at: i, limit: line.upperBound) {
            amount = Int(parsed.value); last = parsed.last
        }
        guard let n = amount, last + 2 < line.upperBound else { return nil }
        let unit = a.tokens[last + 1].lower
        let after = a.tokens[last + 2].lower
        let isYear = unit == "year" || unit == "years"
        let isMonth = unit == "month" || unit == "months"
        guard isYear || isMonth else { return nil }
        if after == "ago" {
            return make(i...(last + 2), isYear ? .relativeYear(offset: -n) : .relativeMonth(offset: -n), nil)
        }
        if after == "after", a.startsSentence[i] {
            return make(i...(last + 2), isYear ? .relativeYear(offset: -n) : .relativeMonth(offset: -n), nil)
        }
        return nil
    }

    // MARK: Resolving

    /// The publication date implied by the latest date the text prints (month precision at most):
    /// dates printed without a year take the latest printed year. `nil` when the text prints no date.
    static func inferPublication(from mentions: [DateMention]) -> (date: PartialDate, evidence: String)? {
        var latest: (PartialDate, String)?
        var latestYear: Int?
        for m in mentions {
            if case .absolute(let d) = m.kind, m.note == nil {
                latestYear = max(latestYear ?? d.year, d.year)
                if latest.map({ d > $0.0 }) ?? true { latest = (d, m.phrase) }
            }
        }
        if let year = latestYear {
            for m in mentions {
                if case .monthDay(let month, let day) = m.kind, let d = PartialDate(year: year, month: month, day: day),
                   latest.map({ d > $0.0 }) ?? true {
                    latest = (d, m.phrase)
                }
            }
        }
        guard let (date, phrase) = latest else { return nil }
        let published = PartialDate(year: date.year, month: date.month) ?? date
        return (published, phrase)
    }

    /// The date a mention stands for, given the publication date; `nil` when it needs more precision
    /// than the publication date has (e.g. "last month" against a bare year).
    static func resolve(_ kind: DateMention.Kind, published p: PartialDate) -> (date: PartialDate, basis: DateBasis)? {
        switch kind {
        case .absolute(let d):
            return (d, .stated)
        case .monthDay(let month, let day):
            var year = p.year
            if let pm = p.month, month > pm { year -= 1 }
            return PartialDate(year: year, month: month, day: day).map { ($0, .stated) }
        case .relativeYear(let offset):
            return PartialDate(year: p.year + offset).map { ($0, .resolved) }
        case .relativeMonth(let offset):
            guard let pm = p.month else { return nil }
            let index = p.year * 12 + (pm - 1) + offset
            return PartialDate(year: index / 12, month: index % 12 + 1).map { ($0, .resolved) }
        case .namedMonth(let month, let includeCurrent):
            guard let pm = p.month else { return PartialDate(year: p.year - (includeCurrent ? 0 : 1), month: month).map { ($0, .resolved) } }
            let sameYear = includeCurrent ? month <= pm : month < pm
            return PartialDate(year: sameYear ? p.year : p.year - 1, month: month).map { ($0, .resolved) }
        }
    }
}
