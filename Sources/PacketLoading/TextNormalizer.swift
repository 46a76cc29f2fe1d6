/// Folds the differences an editor should not have to copy exactly: typographic quotes and
/// apostrophes, dashes, the ellipsis character and runs of white space.
struct NormalizedText {
    /// The normalised characters.
    let characters: [Character]
    /// For each normalised character, the offset of the original character it came from.
    let origins: [Int]

    init(_ text: String, foldCase: Bool = false) {
        var characters: [Character] = []
        var origins: [Int] = []
        var lastWasSpace = true
        for (offset, original) in text.enumerated() {
            if original.isWhitespace {
                if !lastWasSpace { characters.append(" "); origins.append(offset) }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            for c in Self.fold(original) {
                characters.append(foldCase ? Character(c.lowercased()) : c)
                origins.append(offset)
            }
        }
        if characters.last == " " { characters.removeLast(); origins.removeLast() }
        self.characters = characters
        self.origins = origins
    }

    var string: String { String(characters) }

    static func fold(_ c: Character) -> [Character] {
        switch c {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}": return ["'"]
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return ["\""]
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return ["-"]
        case "\u{2026}": return [".", ".", "."]
        default: return [c]
        }
    }

    /// Start indices (in normalised characters) of every occurrence of `needle`.
    func occurrences(of needle: [Character]) -> [Int] {
        guard !needle.isEmpty, needle.count <= characters.count else { return [] }
        var found: [Int] = []
        let first = needle[0]
        var i = 0
        let last = characters.count - needle.count
        while i <= last {
            if characters[i] == first && Array(characters[i..<(i + needle.count)]) == needle {
                found.append(i)
            }
            i += 1
        }
        return found
    }

    /// The original character range `(offset, length)` of a normalised match.
    func originalRange(start: Int, count: Int) -> (offset: Int, length: Int) {
        let from = origins[start]
        let to = origins[start + count - 1]
        return (from, to - from + 1)
    }
}
