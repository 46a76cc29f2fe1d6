import Testing
@testable import PacketLoading

/// Normalisation as it was written first, character by character through `fold(_:)` with
/// `Character` comparison: the fast path must give exactly this.
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
        for c in NormalizedText.fold(original) {
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
