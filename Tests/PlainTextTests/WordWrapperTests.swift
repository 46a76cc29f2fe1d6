import PacketModel
import TestHelpers
import Testing
@testable import PlainText

@Suite("Word wrapping")
struct WordWrapperTests {
    @Test("Lines break between words and never exceed the width")
    func breaksBetweenWords() {
        let lines = WordWrapper(width: 20).wrap("The quick brown fox jumps over the lazy dog again and again")
        #expect(lines == ["The quick brown fox", "jumps over the lazy", "dog again and again"])
    }

    @Test("A paragraph citation stays on the line of the word before it")
    func keepsCitationWithWord() {
        let lines = WordWrapper(width: 24).wrap("ISIS will survive as a brand [¶3] and more")
        #expect(lines == ["ISIS will survive as a", "brand [¶3] and more"])
        #expect(!lines.contains { $0.hasPrefix("[¶") })
    }

    @Test("Continuation lines take the hanging indent")
    func hangingIndent() {
        let lines = WordWrapper(width: 16).wrap("one two three four five six", firstIndent: "  - ", indent: "    ")
        #expect(lines == ["  - one two", "    three four", "    five six"])
    }

    @Test("A word longer than the width stands alone rather than being split")
    func longWordAlone() {
        let lines = WordWrapper(width: 8).wrap("a extraordinarily b")
        #expect(lines == ["a", "extraordinarily", "b"])
    }

    @Test("Typographic characters count as one column each")
    func countsCharacters() {
        let lines = WordWrapper(width: 11).wrap("“Don’t go” — she said")
        #expect(lines == ["“Don’t go”", "— she said"])
    }

    @Test("Random paragraphs: no line over the width, every word intact and in order", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomParagraphs(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<50 {
            let width = Int.random(in: 24...90, using: &rng)
            let text = RandomText.paragraph(words: Int.random(in: 0...120, using: &rng), maxWordLength: 12, using: &rng)
            let lines = WordWrapper(width: width).wrap(text, firstIndent: "  - ", indent: "    ")
            #expect(lines.allSatisfy { $0.count <= width }, "width \(width): \(lines)")
            #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
            let original = text.split(separator: " ").map(String.init)
            let wrapped = lines.joined(separator: " ").split(separator: " ").map(String.init).filter { $0 != "-" }
            #expect(wrapped == original)
            // A citation starts a line only when it cannot share one with the word before it.
            for (previous, line) in zip(lines, lines.dropFirst()) where line.dropFirst(4).hasPrefix("[¶") {
                let citation = line.dropFirst(4).prefix { $0 != " " }
                // The word before, with the citations already glued to it.
                let tokens = previous.dropFirst(4).split(separator: " ")
                let glued = tokens.suffix(tokens.reversed().prefix { $0.hasPrefix("[¶") }.count + 1)
                #expect(4 + glued.joined(separator: " ").count + 1 + citation.count > width, "\(previous) / \(line)")
            }
        }
    }
}
