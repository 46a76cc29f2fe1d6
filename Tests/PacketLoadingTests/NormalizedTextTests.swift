import Testing
@testable import PacketLoading

/// The fold table as it was written first, matching `Character`s (by canonical equivalence).
private func referenceFold(_ c: Character) -> [Character] {
    switch c {
    case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}": return ["'"]
    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return ["\""]
    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return ["-"]
    case "\u{2026}": return [".", ".", "."]
    default: return [c]
    }
}

/// Normalisation as it was written first, character by character through that table with
/// `Character` comparison: the scalar table must give exactly this.
private func reference(_ text: String, foldCase: Bool) -> (characters: [Character], origins: [Int]) {
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
        for c in referenceFold(original) {
            characters.append(foldCase ? Character(c.lowercased()) : c)
            origins.append(offset)
        }
    }
    if characters.last == " " { characters.removeLast(); origins.removeLast() }
    return (characters, origins)
}

@Test("Normalising folds quotes, dashes, ellipses, spaces and case exactly as comparing characters did",
      arguments: [
        "“Quoted,” she said — twice… ‘and’ again – then `grave´ and \u{1FEF}varia\u{1FFD}oxia.",
        "  Tabs\tand\r\nWindows lines\u{00A0}and\u{2003}wide spaces  ",
        "Combining: e\u{301} ’\u{301} —\u{301} \u{301}mark, and a space before \u{301} it.",
        "ISTANBUL İstanbul ΣΊΣΥΦΟΣ Straße «guillemets» „low“ ′prime″ −minus ‐hyphen ‑nb ‒figure ―bar",
        "Emoji 👩🏽‍🔬 and flags 🇺🇦 next to 1…2 and \u{2026}\u{2026}",
        "",
      ])
func normalisingMatchesTheCharacterFold(text: String) {
    for foldCase in [false, true] {
        let fast = NormalizedText(text, foldCase: foldCase)
        let slow = reference(text, foldCase: foldCase)
        #expect(fast.characters == slow.characters)
        #expect(fast.origins == slow.origins)
        #expect(fast.string == String(slow.characters))
        #expect(fast.spaces == slow.characters.filter { $0 == " " }.count)
    }
    // Folding the case of the normalised text is normalising with case folded.
    let folded = NormalizedText(text).foldingCase(), direct = NormalizedText(text, foldCase: true)
    #expect(folded.characters == direct.characters)
    #expect(folded.origins == direct.origins)
    #expect(folded.string == direct.string)
    #expect(folded.spaces == direct.spaces)
}
