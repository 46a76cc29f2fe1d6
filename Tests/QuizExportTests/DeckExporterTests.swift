import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

@Suite("Flashcard decks")
struct DeckExporterTests {
    let output: RenderOutput

    init() throws { output = try DeckExporter().render(FixtureBank.input) }

    func file(_ path: String) throws -> Data {
        try #require(output.files.first { $0.path == path }).data
    }

    @Test("makes vocabulary and direct-quote cards and leaves out what the audience hides")
    func cards() {
        let cards = DeckExporter.cards(FixtureBank.article, FixtureBank.audience)
        #expect(cards.map(\.front) == ["caliphate", "leverage",
                                       "“We have to conclude that we do not yet fully appreciate the scale”",
                                       "“Tabs\tand \"quotes\" & <tags>”"])
        #expect(cards[2].back == "Michael Nagata (US Army lieutenant general)")
        #expect(cards[3].back == "Zoë Ågren (Analyst)")
        let everyone = Audience(name: "adult", displayName: "Adults", description: "", readingLevel: 10...16)
        #expect(DeckExporter.cards(FixtureBank.article, everyone).map(\.front).contains("blitzkrieg"))
    }

    @Test("Quizlet deck: one row of term and definition per card, tabs turned into spaces", .requires(.python3))
    func quizlet() throws {
        let read = try PythonReader.read(TSVRead.self, script: "read_tsv.py", data: file("teacher/deck.quizlet.tsv"),
                                         name: "deck.quizlet.tsv")
        let cards = DeckExporter.cards(FixtureBank.article, FixtureBank.audience)
        #expect(read.rows.count == cards.count)
        #expect(read.rows.allSatisfy { $0.count == 2 })
        #expect(read.rows[0] == ["caliphate", FixtureBank.article.vocabulary[0].definition])
        #expect(read.rows[1][1] == #"To use "something" to gain <more> & more"#)
    }

    @Test("Anki deck: headers, three fields per card, and every character back after HTML decoding", .requires(.python3))
    func anki() throws {
        let read = try PythonReader.read(TSVRead.self, script: "read_tsv.py", data: file("teacher/deck.anki.txt"),
                                         name: "deck.anki.txt", arguments: ["--anki"])
        let cards = DeckExporter.cards(FixtureBank.article, FixtureBank.audience)
        #expect(read.headers == ["#separator:tab", "#html:true", "#tags column:3"])
        #expect(read.rows.map { [$0[0], $0[1]] } == cards.map { [$0.front, $0.back] })
        #expect(read.rows.map { $0[2] } == cards.map { "\($0.kind) isis-after-mosul" })
    }
}
