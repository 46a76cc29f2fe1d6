/// Folds the differences an editor should not have to copy exactly: typographic quotes and
/// apostrophes, dashes, the ellipsis character, runs of white space, and characters that show
/// nothing (soft hyphens, zero-width spaces and joiners, word joiners), which an article copied
/// from a web page often holds and an excerpt typed or copied from the screen never does.
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
            let (folded, count) = Self.fold(original, foldCase: foldCase)
            guard count > 0 else { continue }   // shows nothing
            lastWasSpace = false
            for _ in 0..<count {
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
            let lower = Self.lowered(c)
            bytes.append(contentsOf: lower.utf8)
            return lower
        }
        return NormalizedText(characters: lowered, origins: origins, string: String(decoding: bytes, as: UTF8.self), spaces: spaces)
    }

    /// `Character.isWhitespace` (a property of the first scalar), answered for ASCII without the Unicode tables.
    @inline(__always)
    private static func isWhitespace(_ c: Character) -> Bool {
        guard let first = c.unicodeScalars.first else { return false }
        if first.isASCII { return first.value == 32 || (first.value >= 9 && first.value <= 13) }
        return first.properties.isWhitespace
    }

    /// What `c` becomes, and how many times: typographic quotes and apostrophes fold to ASCII ones,
    /// dashes to "-", the ellipsis to three "."; with `foldCase`, letters are lower-cased. The table
    /// compares scalar values: comparing a `Character` with literals goes by canonical equivalence and
    /// was most of validating a long article. U+1FEF and U+1FFD are canonically equal to "`" and "´"
    /// and fold as they do; a character of several scalars is canonically equal to none of these.
    @inline(__always)
    private static func fold(_ c: Character, foldCase: Bool) -> (Character, count: Int) {
        switch onlyScalar(of: c)?.value ?? 0 {   // 0: several scalars, none of them folded
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x60, 0xB4, 0x1FEF, 0x1FFD: return ("'", 1)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: return ("\"", 1)
        case 0x2010...0x2015, 0x2212: return ("-", 1)
        case 0x2026: return (".", 3)
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return (c, 0)
        case 0:
            let visible = withoutInvisibles(c) ?? c
            return (foldCase ? lowered(visible) : visible, 1)
        default: return (foldCase ? lowered(c) : c, 1)
        }
    }

    /// Characters that show nothing: soft hyphen, zero-width space, non-joiner and joiner, word
    /// joiner, zero-width no-break space.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// `c` without the invisible scalars a zero-width joiner or non-joiner attaches to it ("e" + U+200D
    /// is one character), when what is left is one character; `nil` when there is none to remove
    /// (or an emoji sequence would fall apart, which then stays as it is on both sides).
    private static func withoutInvisibles(_ c: Character) -> Character? {
        let scalars = c.unicodeScalars
        guard scalars.contains(where: isInvisible) else { return nil }
        var kept = String.UnicodeScalarView()
        for scalar in scalars where !isInvisible(scalar) { kept.append(scalar) }
        let visible = String(kept)
        return visible.count == 1 ? visible.first : nil
    }

    /// `Character(c.lowercased())`, without building a string for an ASCII character.
    @inline(__always)
    private static func lowered(_ c: Character) -> Character {
        guard let scalar = onlyScalar(of: c), scalar.isASCII else { return Character(c.lowercased()) }
        let v = UInt8(scalar.value)
        return v >= 65 && v <= 90 ? Character(Unicode.Scalar(v + 32)) : c
    }

    /// The scalar `c` is made of, when it is one.
    @inline(__always)
    private static func onlyScalar(of c: Character) -> Unicode.Scalar? {
        let scalars = c.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return scalar
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
