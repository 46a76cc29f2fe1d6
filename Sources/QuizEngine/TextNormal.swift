import Foundation

/// Text compared the way a reader compares it: case, spacing, punctuation and typographic
/// quote marks do not count, so "Al-Abadi" and "al abadi." are the same option.
enum TextNormal {
    /// The comparison key: lower-case letters and digits, words separated by one space.
    ///
    /// The quiz self-check calls this for every option of every item, so it answers ASCII letters
    /// and digits without the Unicode property tables (that lookup was a third of a packet build)
    /// and builds the key in one string.
    static func key(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var spaceDue = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let byte = UInt8(v)
                let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                guard (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) else {
                    if !key.isEmpty { spaceDue = true }
                    continue
                }
                if spaceDue { key.append(0x20); spaceDue = false }
                key.append(lower)
            } else if scalar.properties.isAlphabetic {
                if spaceDue { key.append(0x20); spaceDue = false }
                key.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else if !key.isEmpty {
                spaceDue = true
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// True when the two texts are the same after normalising.
    static func same(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

    /// The text without surrounding spaces and a final full stop, so it can sit inside a sentence.
    static func clause(_ text: String) -> String {
        guard let first = text.first, let last = text.last else { return text }
        if !first.isWhitespace && !last.isWhitespace && last != "." && last != ";" { return text }
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
