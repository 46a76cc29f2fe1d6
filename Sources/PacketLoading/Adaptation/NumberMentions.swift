import Foundation

/// The numbers a passage states, in digits ("18%", "1,200", "2.5") or words ("three", "several
/// hundred", "twenty-five", "2 million"), as values: an adaptation may state only numbers its
/// original paragraph states.
///
/// "One" is not read as a number (it is far more often a pronoun: "the one who"), and ordinals
/// ("second largest") are not read at all.
enum NumberMentions {
    static func values(in text: String) -> Set<Double> {
        var found: Set<Double> = []
        var current: Double?
        var pendingSmall: Double = 0
        func flush() {
            if let value = current ?? (pendingSmall > 0 ? pendingSmall : nil) { found.insert(value) }
            current = nil
            pendingSmall = 0
        }
        for word in words(of: text) {
            if let digits = Self.digits(word) {
                flush()
                current = digits
            } else if let small = Self.small[word] {
                if current != nil { flush() }
                pendingSmall += small
            } else if let unit = Self.units[word] {
                if let value = current {
                    current = value * unit
                } else if pendingSmall > 0 {
                    current = pendingSmall * unit
                    pendingSmall = 0
                } else {
                    current = unit
                }
            } else if word == "and" && current != nil {
                continue // "two hundred and fifty"
            } else {
                flush()
            }
        }
        flush()
        return found
    }

    /// Lower-cased words and number tokens; hyphenated number words are split ("twenty-five").
    private static func words(of text: String) -> [String] {
        var words: [String] = []
        var word = ""
        func end() {
            let trimmed = word.trimmingCharacters(in: .init(charactersIn: ".,"))
            if !trimmed.isEmpty { words.append(trimmed) }
            word = ""
        }
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || ((c == "," || c == ".") && word.last?.isNumber == true) {
                word.append(c)
            } else {
                end()
            }
        }
        end()
        return words
    }

    /// `1,200` → 1200, `2.5` → 2.5; `nil` for anything else.
    private static func digits(_ word: String) -> Double? {
        guard let first = word.first, first.isNumber, first.isASCII else { return nil }
        let plain = word.replacingOccurrences(of: ",", with: "")
        return Double(plain)
    }

    private static let small: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    private static let units: [String: Double] = [
        "dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100, "thousand": 1_000, "thousands": 1_000,
        "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000, "billions": 1_000_000_000,
        "trillion": 1_000_000_000_000, "trillions": 1_000_000_000_000,
    ]
}
