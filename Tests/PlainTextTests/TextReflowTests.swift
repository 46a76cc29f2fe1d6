import PacketModel
import TestHelpers
import Testing
@testable import PlainText

@Suite("Reflowing a rendered document")
struct TextReflowTests {
    @Test("Long list items wrap under the text after their marker")
    func listItemsHang() {
        let text = TextReflow(width: 30)("1. The author says that the group will survive online.\n  - a short note that is long enough to wrap\n")
        #expect(text == """
        1. The author says that the
           group will survive online.
          - a short note that is long
            enough to wrap

        """)
    }

    @Test("Trailing spaces go, blank runs shrink to one line, and the text ends with one newline")
    func tidiesWhitespace() {
        let text = TextReflow(width: 72)("\n\nTitle   \n\n\n\nBody text.  \n\n\n")
        #expect(text == "Title\n\nBody text.\n")
    }

    @Test("An indented paragraph keeps its indentation on every line")
    func indentedParagraph() {
        let text = TextReflow(width: 20)("    Source: a report from a university programme\n")
        #expect(text == "    Source: a report\n    from a\n    university\n    programme\n")
    }

    @Test("Random documents: no line over the width, no trailing space, the same words in the same order", arguments: [11, 12, 13, 14] as [UInt64])
    func randomDocuments(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0..<30 {
            let width = Int.random(in: 30...90, using: &rng)
            var document = ""
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let marker = ["", "- ", "  - ", "12. ", "    "][Int.random(in: 0..<5, using: &rng)]
                document += marker + RandomText.paragraph(words: Int.random(in: 1...60, using: &rng), maxWordLength: 10, using: &rng) + "\n"
                if Bool.random(using: &rng) { document += "\n" }
            }
            let result = TextReflow(width: width)(document)
            let lines = result.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(result.hasSuffix("\n") && !result.hasSuffix("\n\n"))
            #expect(lines.allSatisfy { $0.count <= width }, "width \(width)")
            #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
            #expect(result.split(whereSeparator: \.isWhitespace) == document.split(whereSeparator: \.isWhitespace))
        }
    }

    @Test("An indented lettered option hangs under its text, an unindented capital letter does not")
    func letteredOptionsHang() {
        let reflow = TextReflow(width: 30)
        #expect(reflow("   A. Disappointed after discovering that something was untrue.\n")
            == "   A. Disappointed after\n      discovering that\n      something was untrue.\n")
        #expect(reflow("A. Smith said the plan would work well.\n") == "A. Smith said the plan would\nwork well.\n")
    }
}
