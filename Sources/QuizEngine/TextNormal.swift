import Foundation

/// Text compared the way a reader compares it: case, spacing, punctuation and typographic
/// quote marks do not count, so "Al-Abadi" and "al abadi." are the same option.
enum TextNormal {
    static func key(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// True when the two texts are the same after normalising.
    static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

    /// The text without surrounding spaces and a final full stop, so it can sit inside a sentence.
    static func clause(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = t.last, last == "." || last == ";" { t.removeLast() }
        return t
    }

    /// A phrase preceded by "the" unless it already starts with an article, a possessive, a
    /// question word ("how much worse…") or a capital letter (a name: "Mosul’s rank").
    static func definite(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        let keep = ["the ", "a ", "an ", "its ", "their ", "his ", "her ", "how ", "what ", "when ", "where ",
                    "which ", "who ", "why "]
        if keep.contains(where: lower.hasPrefix) || phrase.first?.isUppercase == true { return phrase }
        return "the " + phrase
    }
}
