import Foundation
import PacketModel
import Testing
@testable import QuizExport

/// Text that a format cannot carry safely: characters XML cannot hold (refused, never dropped
/// or written), and fields a spreadsheet would read as formulas in formats with no escaping (a note).
@Suite("Text a format cannot carry")
struct UnsafeTextTests {
    /// The fixture input with the first item's stem replaced.
    static func input(stem: String) -> RenderInput {
        var items = FixtureBank.items
        items[0].stem = stem
        return RenderInput(article: FixtureBank.article, audience: FixtureBank.audience,
                           quiz: QuizSet(bank: items, forms: [QuizForm(name: "A", seed: 1, items: items)]))
    }

    @Test("the Moodle XML and Canvas QTI exports refuse a control character or noncharacter rather than write it",
          arguments: ["bell \u{7}", "escape \u{1B}", "nul \u{0}", "noncharacter \u{FFFF}"])
    func xmlRefuses(_ stem: String) throws {
        let code = String(stem.unicodeScalars.last!.value, radix: 16, uppercase: true)
        let shown = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        #expect {
            _ = try MoodleXMLExporter().render(Self.input(stem: stem))
        } throws: { error in
            "\(error)" == "teacher/quiz.moodle.xml: refusing to write \(shown), which XML cannot hold, in <text>"
        }
        #expect(throws: (any Error).self) { _ = try CanvasQTIExporter().render(Self.input(stem: stem)) }
        _ = try MoodleXMLExporter().render(Self.input(stem: "tabs\tand\r\nline breaks are fine"))
    }

    @Test("Blackboard and Quizlet files whose fields start like a formula carry a note not to open them in a spreadsheet")
    func formulaNotes() throws {
        let blackboard = try BlackboardExporter().render(Self.input(stem: "=HYPERLINK(\"http://x\",\"click\")"))
        #expect(blackboard.notes.filter { $0.contains("formula") } == ["quiz.blackboard.txt: 1 field starts with =, +, - or @ (\"=HYPERLINK(\"http://x\",\"click\")\"), "
            + "which a spreadsheet reads as a formula: upload the file to Blackboard as it is, and do not open it in a spreadsheet program"])
        var article = FixtureBank.article
        article.vocabulary[0].term = "@mention"
        article.vocabulary[2].definition = "+1 for the cause"
        let decks = try DeckExporter().render(RenderInput(article: article, audience: FixtureBank.audience, quiz: FixtureBank.quiz))
        #expect(decks.notes == ["deck.quizlet.tsv: 2 fields start with =, +, - or @ (\"@mention\"), which a spreadsheet reads "
            + "as a formula: upload the file to Quizlet as it is, and do not open it in a spreadsheet program"])
    }

    @Test("negative numbers and ordinary text start no such note")
    func noFalseNotes() throws {
        #expect(TabSeparated.formulaNote([["NUM", "How far below?", "-5", "0.5"], ["x", "a - b"]], file: "f", uploadTo: "X") == nil)
        #expect(try BlackboardExporter().render(FixtureBank.input).notes.filter { $0.contains("formula") }.isEmpty)
    }
}
