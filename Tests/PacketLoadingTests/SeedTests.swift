import Foundation
import PacketLoading
import PacketModel
import Testing

/// The repository's seed article, as the classroom files depend on it.
@Suite("The seed model for a classroom")
struct SeedTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    static func seed() throws -> ArticleModel {
        try ArticleLoader.load(folder: seeds.appendingPathComponent("isis-after-mosul"), displayFolder: "seeds/isis-after-mosul").get()
    }

    @Test("An adaptation may state a figure as the model reads it where the original misprints it (the EDA release's “$65 millionto”)")
    func adaptationStatesMisprintedFigure() throws {
        let name = "wh-eda-regional-challenge-2022"
        let result = ArticleLoader.load(folder: Self.seeds.appendingPathComponent(name), displayFolder: "seeds/\(name)")
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        let model = try result.get()
        #expect(model.paragraph(2)?.text.contains("$65 millionto execute") == true)
        let adapted = try #require(model.adaptations.first?.paragraphs.first { $0.number == 2 })
        #expect(adapted.text.joined(separator: " ").contains("between $25 million and $65 million."))
    }

    @Test("The timeline never puts an event before one it surely follows, and no year-only event is left to guess")
    func timelineOrder() throws {
        let model = try Self.seed()
        let events = model.chronologicalEvents
        for (earlier, later) in zip(events, events.dropFirst()) {
            #expect(!(later.date.lastDayNumber < earlier.date.firstDayNumber), "\(later.id) is listed after \(earlier.id)")
        }
        let ids = events.map(\.id)
        func position(_ id: String) throws -> Int { try #require(ids.firstIndex(of: id)) }
        #expect(try position("ev-9-11") < position("ev-al-qaeda-loses-afghanistan"))
        #expect(try position("ev-adnani-may-2016") < position("ev-adnani-killed"))
        #expect(try position("ev-nice") < position("ev-adnani-killed"))
        #expect(Chronology.vagueYearEvents(model.events).isEmpty)
    }

    @Test("The outlet and the date are marked inferred, as the source note says")
    func inferredMetadata() throws {
        let meta = try Self.seed().metadata
        #expect(meta.outletInferred && meta.published.inferred)
        #expect(meta.sourceNote?.contains("inference") == true)
    }

    @Test("The unnamed author is never 'he' or 'she' in a question, a model answer or a rubric")
    func authorPronouns() throws {
        let model = try Self.seed()
        #expect(model.metadata.author == nil)
        let texts = model.questions.flatMap { [$0.prompt, $0.modelAnswer ?? ""] + $0.rubric.map(\.description) }
        for text in texts {
            let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            let mentionsOthers = model.people.contains { person in person.allNames.contains { text.contains($0) } }
            if !mentionsOthers {
                #expect(Set(words).isDisjoint(with: ["he", "his", "him", "she", "her"]), "\(text)")
            }
        }
    }

    @Test("Every discussion and essay question has a model answer and a rubric")
    func modelAnswers() throws {
        for question in try Self.seed().questions {
            #expect(question.modelAnswer?.isEmpty == false, "\(question.id)")
            #expect(!question.rubric.isEmpty, "\(question.id)")
        }
    }

    @Test("What happened next is dated after publication, sourced, and bears on the article's claims")
    func aftermath() throws {
        let model = try Self.seed()
        let published = model.metadata.published.date
        #expect(model.aftermath.count >= 5)
        for event in model.aftermath {
            #expect(event.date.isSurelyAfter(published), "\(event.id)")
            #expect(!event.source.isEmpty && !event.bearsOn.isEmpty, "\(event.id)")
            #expect(event.bearsOn.allSatisfy { model.claim($0) != nil }, "\(event.id)")
        }
        let dates = model.aftermath.map(\.date.iso)
        for expected in ["2017-10-17", "2019-03-23", "2019-10-27"] { #expect(dates.contains(expected)) }
        #expect(model.aftermath.contains { $0.description.contains("ISIS-K") && $0.date.year == 2024 })
    }

    @Test("Every person who carried out an attack is tagged, with words to use instead of the name")
    func perpetrators() throws {
        let model = try Self.seed()
        let tagged = Set(model.people.filter { $0.sensitive.contains("perpetrator-name") }.map(\.id))
        #expect(tagged == ["lahouaiej-bouhlel", "mateen", "farooq", "simpson", "berlin-attacker"])
        #expect(model.people.filter { tagged.contains($0.id) }.allSatisfy { $0.referAs != nil })
    }
}
