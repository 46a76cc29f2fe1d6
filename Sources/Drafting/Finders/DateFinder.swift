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
        /// "on Tuesday" (1 = Monday … 7 = Sunday): the last such day on or before the publication date,
        /// or from it on when the sentence says "will"; "last Tuesday" is before it, "next Tuesday" after.
        case weekday(day: Int, direction: WeekdayDirection)
    }

    var tokens: Range<Int>
    var kind: Kind
    /// The words of the article that give the date.
    var phrase: String
    /// Something the editor should know about how it was read (e.g. "9/11").
    var note: String?
}

/// Which way a weekday's date lies from the publication date.
enum WeekdayDirection: Equatable {
    /// "on Tuesday" in a past-tense sentence: that day or the last such day before it.
    case onOrBefore
    /// "on Tuesday" in a sentence with "will": that day or the next such day.
    case onOrAfter
    /// "last Tuesday".
    case before
    /// "next Tuesday".
    case after
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
        bodyLines.flatMap { find(article, inLine: $0) }
    }

    /// The dates printed in line index `l`, in order.
    static func find(_ article: TokenizedText, inLine l: Int) -> [DateMention] {
        var found: [DateMention] = []
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
        return found
    }

    /// Words that may stand beside the date on a line that only dates the text ("Updated April 20, 2026").
    static let dateLineWords: WordList = ["updated", "published", "posted", "released", "issued", "revised", "modified",
                                          "last", "first", "originally", "on", "date", "dated", "as", "of"]

    /// The date a line prints when the line is nothing but a full date (to the day) and words such as
    /// "Updated" or "Published": the publication date printed at the head of an article.
    static func dateLine(_ a: TokenizedText, line l: Int) -> DateMention? {
        let tokens = a.lines[l].tokens
        guard !tokens.isEmpty, tokens.count <= 8 else { return nil }
        let dates = find(a, inLine: l)
        guard dates.count == 1, case .absolute(let date) = dates[0].kind, date.day != nil else { return nil }
        let outside = tokens.filter { !dates[0].tokens.contains($0) }
        return outside.allSatisfy({ dateLineWords.contains(a.tokens[$0].lower) }) ? dates[0] : nil
    }

    /// A dateline opening a paragraph — "WASHINGTON, Sept. 2, 2022 —": a full date within its first
    /// few words, followed by a dash.
    static func dateline(_ a: TokenizedText, line l: Int) -> DateMention? {
        let tokens = a.lines[l].tokens
        guard let first = find(a, inLine: l).first, first.tokens.lowerBound < tokens.lowerBound + 6,
              case .absolute(let date) = first.kind, date.day != nil else { return nil }
        let after = a.gap(after: first.tokens.upperBound - 1)
        return after.unicodeScalars.contains(where: { "—–".unicodeScalars.contains($0) }) || after.hasPrefix(" - ") ? first : nil
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

    private static let weekdayNumbers: WordTable<Int> = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
                                                         "friday": 5, "saturday": 6, "sunday": 7]

    private static func mention(at i: Int, _ a: TokenizedText, line: Range<Int>) -> DateMention? {
        let t = a.tokens[i]
        guard t.isCapitalized || t.isDigits || a.lower(i, is: .relativeDateStart) else { return nil }
        func make(_ range: ClosedRange<Int>, _ kind: DateMention.Kind, note: String? = nil) -> DateMention {
            DateMention(tokens: range.lowerBound..<(range.upperBound + 1), kind: kind,
                        phrase: a.text(from: range.lowerBound, through: range.upperBound), note: note)
        }
        if let weekday = weekday(at: i, a, line: line, make: make) { return weekday }
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

    /// "Tuesday", "on Tuesday", "last Tuesday", "next Tuesday" — not "Good Friday" or "Black Friday".
    private static func weekday(at i: Int, _ a: TokenizedText, line: Range<Int>,
                                make: (ClosedRange<Int>, DateMention.Kind, String?) -> DateMention) -> DateMention? {
        let word = a.tokens[i].lower
        var start = i, day: Int?, direction = WeekdayDirection.onOrBefore
        if word == "last" || word == "next" || word == "this" {
            guard i + 1 < line.upperBound, a.tokens[i + 1].isCapitalized, let d = weekdayNumbers[a.tokens[i + 1].lower] else { return nil }
            day = d
            direction = word == "last" ? .before : word == "next" ? .after : .onOrBefore
            start = i
        } else if a.tokens[i].isCapitalized, let d = weekdayNumbers[word] {
            if i > line.lowerBound, a.tokens[i - 1].isCapitalized, !a.startsSentence[i - 1], a.gap(before: i) == " " { return nil }
            if i + 1 < line.upperBound, a.tokens[i + 1].isCapitalized, a.gap(after: i) == " " { return nil }
            day = d
        }
        guard let day else { return nil }
        let end = start == i && word != "last" && word != "next" && word != "this" ? i : i + 1
        if direction == .onOrBefore, start == i, word != "this" {
            let sentence = a.sentence(around: i)
            if (sentence.lowerBound..<i).contains(where: { a.tokens[$0].lower == "will" }) { direction = .onOrAfter }
        }
        return make(start...end, .weekday(day: day, direction: direction), nil)
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
        case .weekday(let day, let direction):
            guard p.day != nil else { return nil }
            let serial = p.spreadsheetSerial
            let published = ((serial % 7) + 12) % 7 + 1   // serial 0, 1899-12-30, was a Saturday (6)
            var back = (published - day + 7) % 7, forward = (day - published + 7) % 7
            if back == 0, direction == .before { back = 7 }
            if forward == 0, direction == .after { forward = 7 }
            let offset = direction == .onOrBefore || direction == .before ? -back : forward
            return date(serial: serial + offset).map { ($0, .resolved) }
        }
    }

    /// The day with this spreadsheet serial number (days since 1899-12-30).
    static func date(serial: Int) -> PartialDate? {
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = serial - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return PartialDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
