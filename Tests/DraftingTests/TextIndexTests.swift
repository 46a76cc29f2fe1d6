import Foundation
import Testing
@testable import Drafting

/// Words that stress canonical equivalence: precomposed and decomposed accents, the Kelvin sign
/// (canonically "K"), the Ångström sign (canonically "Å"), and ASCII look-alikes of each.
private let unicodeText = """
Der Kelvin-Wert und der \u{212A}elvin-Wert: café und cafe\u{301}, CAFÉ und CAFE\u{301}.
Ein \u{212B}ngström ist ein Ångström; Malmö, Gdańsk und Kraków stehen in der Liste.
Last year “three” people — not 9/11 — said the city of Mosul would be free. March 2017.
"""

/// The texts these tests read: the seed, the fixtures and the accents above.
private func sampleTexts() throws -> [String] {
    try [Fixture.seed(), Fixture.text("news-percentages.txt"), Fixture.text("interview-quotes.txt"),
         Fixture.text("no-numbers.txt"), unicodeText]
}

@Test("Word numbers are equal exactly when the words are equal Swift strings, canonical equivalents included")
func wordNumbersFollowStringEquality() throws {
    let words = ["K", "\u{212A}", "Kelvin", "\u{212A}elvin", "café", "cafe\u{301}", "Å", "\u{212B}", "Ångström",
                 "\u{212B}ngström", "a", "A", "the", "The"]
    for order in [words, words.reversed()] {
        var numbering = WordNumbering()
        let numbers = order.map { numbering.number($0) }
        for i in order.indices {
            for j in order.indices {
                #expect((numbers[i] == numbers[j]) == (order[i] == order[j]), "\(order[i]) vs \(order[j])")
            }
            #expect(numbering.existingNumber(order[i]) == numbers[i])
        }
        #expect(numbering.existingNumber("never seen") == nil)
    }
    // And across every token of real texts, against a dictionary numbering them.
    for text in try sampleTexts() {
        let article = TokenizedText(text)
        var textOfNumber: [Int32: String] = [:]
        for (i, token) in article.tokens.enumerated() {
            #expect(textOfNumber[article.textIds[i], default: token.text] == token.text)
            textOfNumber[article.textIds[i]] = token.text
            #expect((article.textIds[i] == article.lowerIds[i]) == (token.text == token.lower))
        }
        // As many numbers as distinct texts: different texts never share one.
        #expect(textOfNumber.count == Set(article.tokens.map(\.text)).count)
    }
}

@Test("Every word class answers for every token exactly as its word list does")
func wordClassesAnswerAsTheirLists() throws {
    for text in try sampleTexts() {
        let article = TokenizedText(text)
        for wordClass in WordClass.allCases {
            let list = Set(wordClass.words)
            #expect(!list.isEmpty)
            for (i, token) in article.tokens.enumerated() {
                #expect(article.lower(i, is: wordClass) == list.contains(token.lower), "\(wordClass) \(token.lower)")
                #expect(article.text(i, is: wordClass) == list.contains(token.text), "\(wordClass) \(token.text)")
            }
        }
    }
}

@Test("A long text read in two halves at once gives the same lines, tokens, gaps, sentence starts and word equalities as read whole")
func readingInHalvesMatchesReadingWhole() throws {
    // Windows line endings and a blank-line run around the middle check the split point too.
    let text = try largeArticle(bytes: 600_000).replacingOccurrences(of: "\n\n", with: "\r\n\r\n\n")
    let halves = LineReader.read(text)
    let whole = LineReader.read(text, halvingSize: .max)
    #expect(text.utf8.count >= LineReader.halvingSize)
    #expect(halves.lines.map(\.number) == whole.lines.map(\.number))
    #expect(halves.lines.map(\.tokens) == whole.lines.map(\.tokens))
    #expect(halves.lines.map(\.scalars) == whole.lines.map(\.scalars))
    #expect(halves.tokens.map(\.text) == whole.tokens.map(\.text))
    #expect(halves.tokens.map(\.line) == whole.tokens.map(\.line))
    #expect(halves.tokens.map(\.start) == whole.tokens.map(\.start))
    #expect(halves.startsSentence == whole.startsSentence)
    #expect(halves.gaps == whole.gaps)
    #expect(halves.tails == whole.tails)
    // Numbers may be given in another order, but must mean the same words.
    #expect(halves.textIds.count == whole.textIds.count)
    var pairs: [Int32: Int32] = [:]
    for (a, b) in zip(halves.textIds + halves.lowerIds, whole.textIds + whole.lowerIds) {
        #expect(pairs[a, default: b] == b)
        pairs[a] = b
    }
    #expect(Set(pairs.values).count == pairs.count)
}

@Test("Excerpts made on two threads at once are the ones made one after another")
func excerptsOnTwoThreadsMatch() throws {
    let article = TokenizedText(try largeArticle(bytes: 300_000))
    let index = ExcerptIndex(article)
    let anchors = stride(from: 0, to: article.tokens.count - 1, by: 97).map { $0..<($0 + 1) }
    let serial = anchors.map { index.excerpt(around: $0) }
    let half = anchors.count / 2
    let (first, second) = concurrently({ anchors[..<half].map { index.excerpt(around: $0) } },
                                       { anchors[half...].map { index.excerpt(around: $0) } })
    #expect(first + second == serial)
    #expect(serial.contains { $0 != nil })
}
