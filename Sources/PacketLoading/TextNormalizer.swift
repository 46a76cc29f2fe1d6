/// Folds the differences an editor should not have to copy exactly: typographic quotes and
/// apostrophes, dashes, the ellipsis character and runs of white space.
struct NormalizedText {
    /// The normalised characters.
    let characters: [Character]
    /// For each normalised character, the offset of the original character it came from.
    let origins: [Int]
    /// The normalised characters as one string.
    let string: String
    /// How many of the characters are spaces.
    let spaces: Int

    init(_ text: String, foldCase: Bool = false) {
        var characters: [Character] = []
        var origins: [Int] = []
        var bytes: [UInt8] = []   // the string's UTF-8, as the characters are appended
        bytes.reserveCapacity(text.utf8.count)
        var spaces = 0
        characters.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for (offset, original) in text.enumerated() {
            if Self.isWhitespace(original) {
                if !lastWasSpace { characters.append(" "); origins.append(offset); bytes.append(32); spaces += 1 }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if let folded = Self.foldSingleScalar(original, foldCase: foldCase) {
                characters.append(folded)
                origins.append(offset)
                bytes.append(contentsOf: folded.utf8)
                continue
            }
            for c in Self.fold(original) {
                let folded = foldCase ? Character(c.lowercased()) : c
                characters.append(folded)
                origins.append(offset)
                bytes.append(contentsOf: folded.utf8)
            }
        }
        if characters.last == " " { characters.removeLast(); origins.removeLast(); bytes.removeLast(); spaces -= 1 }
        self.characters = characters
        self.origins = origins
        self.string = String(decoding: bytes, as: UTF8.self)
        self.spaces = spaces
    }

    private init(characters: [Character], origins: [Int], string: String, spaces: Int) {
        self.characters = characters; self.origins = origins; self.string = string; self.spaces = spaces
    }

    /// This text with letter case folded: the same as normalising the original with `foldCase`
    /// (every folded character lower-cases to itself), without reading the original again.
    func foldingCase() -> NormalizedText {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count)
        let lowered = characters.map { c -> Character in
            let scalars = c.unicodeScalars
            if let scalar = scalars.first, scalar.isASCII, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                let v = UInt8(scalar.value)
                let lower = v >= 65 && v <= 90 ? v + 32 : v
                bytes.append(lower)
                return lower == v ? c : Character(Unicode.Scalar(lower))
            }
            let lower = Character(c.lowercased())
            bytes.append(contentsOf: lower.utf8)
            return lower
        }
        return NormalizedText(characters: lowered, origins: origins, string: String(decoding: bytes, as: UTF8.self), spaces: spaces)
    }

    static func fold(_ c: Character) -> [Character] {
        switch c {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}": return ["'"]
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return ["\""]
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return ["-"]
        case "\u{2026}": return [".", ".", "."]
        default: return [c]
        }
    }

    /// `Character.isWhitespace` (a property of the first scalar), answered for ASCII without the Unicode tables.
    @inline(__always)
    private static func isWhitespace(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        if first.isASCII { return first.value == 32 || (first.value >= 9 && first.value <= 13) }
        return first.properties.isWhitespace
    }

    /// ``fold(_:)`` (and lower-casing) for a character that is one scalar, comparing scalar values
    /// instead of characters: matching a `Character` against the fold table's literals compares by
    /// canonical equivalence and was most of validating a long article. Besides the table's own
    /// scalars, U+1FEF and U+1FFD are canonically equivalent to "`" and "´" and fold as they do.
    /// `nil` (a character of several scalars, or the ellipsis) means: ask ``fold(_:)``.
    @inline(__always)
    private static func foldSingleScalar(_ c: Character, foldCase: Bool) -> Character? {
        let scalars = c.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x60, 0xB4, 0x1FEF, 0x1FFD: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: return "\""
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2026: return nil
        case 0x41...0x5A: return foldCase ? Character(Unicode.Scalar(UInt8(scalar.value + 32))) : c
        case 0...0x7F: return c
        default: return foldCase ? Character(c.lowercased()) : c
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
            if characters[i] == first {
                var k = 1
                while k < needle.count && characters[i + k] == needle[k] { k += 1 }
                if k == needle.count { found.append(i) }
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
