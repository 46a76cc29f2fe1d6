/// English number words, vague quantities, ordinals and units.
enum NumberWords {
    static let units: WordTable<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: WordTable<Double> = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    ]
    /// "hundreds", "thousands": at least two of the unit.
    static let vaguePlurals: WordTable<Double> = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000, "trillions": 1_000_000_000_000,
    ]
    /// Fractions written as words ("three-fifths", "a third"), by their denominator word.
    static let fractions: WordTable<Double> = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
        "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
    ]
    /// Verbs that multiply: "tripled", "more than doubled".
    static let multiplyingVerbs: WordTable<Double> = ["doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5,
                                                     "doubling": 2, "tripling": 3]
    static let ordinals: WordTable<Double> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10,
    ]
    /// Singular and plural time units, each mapped to the plural used as a statistic unit.
    static let timeUnits: WordTable<String> = [
        "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes", "hour": "hours",
        "hours": "hours", "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
        "months": "months", "year": "years", "years": "years", "decade": "decades", "decades": "decades",
        "century": "centuries", "centuries": "centuries",
    ]
    /// Nouns counted as `people`.
    static let peopleNouns: WordList = [
        "people", "persons", "fighters", "soldiers", "militants", "civilians", "troops", "residents", "voters",
        "students", "workers", "children", "men", "women", "members", "individuals", "extremists", "refugees",
        "migrants", "users", "respondents", "adults", "patients", "employees", "officers", "police", "recruits",
        "americans", "citizens", "teachers", "victims", "deaths", "casualties", "jihadists", "terrorists",
        "supporters", "followers", "protesters", "prisoners", "detainees", "families", "households", "parents",
        "staff", "volunteers", "journalists", "insurgents", "youths", "teens", "teenagers", "girls", "boys",
    ]
    static let attackNouns: WordList = ["attacks", "plots", "bombings", "shootings", "assaults", "incidents", "strikes", "airstrikes"]

    /// Words a quantity can start with, checked before anything more expensive.
    static let startWords = WordList(units.keys).union(scales.keys).union(vaguePlurals.keys).union(ordinals.keys)
        .union(multiplyingVerbs.keys).union(["a", "an", "half", "several", "few", "tens", "twice", "number", "quarter"])

    /// A number written in words starting at token `i` ("twenty-five", "two hundred and fifty"):
    /// its value and the index of its last token.
    static func parse(_ article: TokenizedText, at i: Int, limit: Int) -> (value: Double, last: Int)? {
        var total = 0.0, current = 0.0
        var last = -1
        var j = i
        while j < limit {
            let word = article.tokens[j].lower
            if let v = units[word] {
                current += v
            } else if word == "hundred" && last >= 0 {
                current = max(current, 1) * 100
            } else if let s = scales[word], last >= 0 {
                total += max(current, 1) * s
                current = 0
            } else if word == "and", last >= 0, j + 2 < limit, article.tokens[j + 1].lower == "a",
                      article.tokens[j + 2].lower == "half", article.gap(after: j) == " ", article.gap(after: j + 1) == " " {
                current += 0.5   // "two and a half"
                last = j + 2
                break
            } else if word == "and", last >= 0, j + 1 < limit,
                      units[article.tokens[j + 1].lower] != nil, article.gap(after: j) == " " {
                j += 1
                continue
            } else {
                break
            }
            last = j
            guard j + 1 < limit, article.tokens[j + 1].line == article.tokens[j].line,
                  [" ", "-"].contains(article.gap(after: j)) else { break }
            j += 1
        }
        return last >= 0 ? (total + current, last) : nil
    }

    /// True for superlatives such as "largest" or "deadliest" that make an ordinal a rank.
    static func isSuperlative(_ word: String) -> Bool {
        word == "most" || word == "least" || word == "best" || word == "worst"
            || (word.hasSuffix("est") && word.count >= 5 && !["interest", "forest", "protest", "honest", "modest", "request", "suggest", "arrest", "harvest", "contest"].contains(word))
    }
}
