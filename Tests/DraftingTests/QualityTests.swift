import Foundation
import Testing
import PacketModel
@testable import Drafting

/// Drafts a fixture, prints recall figures, and returns them with the model.
private func measure(_ text: String, expected: String, options: DraftOptions) throws
    -> (draft: DraftedModel, figures: Double, dates: Double, quotes: Double, entities: Double, attribution: [String]) {
    let draft = try Drafter.draft(text: text, options: options)
    let expectations = Expectations(expected)
    let paragraphs = ExcerptRule.bodyParagraphs(text, layout: draft.model.layout)
    let (figures, missedFigures) = expectations.figureRecall(draft.model, paragraphs: paragraphs)
    let (dates, missedDates) = expectations.dateRecall(draft.model, paragraphs: paragraphs)
    let (quotes, missedQuotes) = expectations.quoteRecall(draft.model)
    let (entities, missedEntities) = expectations.entityRecall(draft.model)
    let attribution = expectations.attributionErrors(draft.model)
    print("""
        [\(options.id)] recall: figures \(percent(figures)), dates \(percent(dates)), quotes \(percent(quotes)), \
        people/organisations/places \(percent(entities)); attribution errors \(attribution.count)
        """)
    for miss in missedFigures + missedDates + missedQuotes + missedEntities + attribution { print("  missed: \(miss)") }
    return (draft, figures, dates, quotes, entities, attribution)
}

private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

@Test("The seed draft recovers at least 90% of figures, dates and quotes and 80% of names, with every speaker right")
func seedQuality() throws {
    let r = try measure(try Fixture.seed(), expected: try Fixture.text("isis-after-mosul.expected"),
                        options: DraftOptions(id: "isis-after-mosul"))
    #expect(r.figures >= 0.9)
    #expect(r.dates >= 0.9)
    #expect(r.quotes >= 0.9)
    #expect(r.entities >= 0.8)
    #expect(r.attribution.isEmpty, "\(r.attribution)")
}

@Test("The seed draft finds the layout: headline, doubled pull quote, photo credit and commission line")
func seedLayout() throws {
    let layout = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s")).model.layout
    #expect(layout.title == [1])
    #expect(layout.pullQuote == [3, 4])
    #expect(layout.photoCredit == [5])
    #expect(layout.boilerplate == [6])
    #expect(layout.dek.isEmpty)
}

@Test("Without a given date the seed's publication date is inferred from its latest date, July 9 2017, and marked inferred")
func seedPublication() throws {
    let published = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s")).model.metadata.published
    #expect(published.date.iso == "2017-07")
    #expect(published.inferred)
    #expect(published.note?.contains("July 9") == true)
}

@Test("A given publication date is used as printed and relative dates resolve against it")
func givenPublication() throws {
    let date = try #require(PartialDate(year: 2018, month: 3))
    let m = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s", published: date)).model
    #expect(m.metadata.published == PublicationDate(date: date))
    let lastDecember = try #require(m.events.first { $0.phrase == "last December" })
    #expect(lastDecember.date.iso == "2017-12")
    #expect(lastDecember.basis == .resolved)
}

@Test("The seed draft names the speakers' roles the text gives: Nagata's rank and Adnani's position")
func seedSpeakerRoles() throws {
    let m = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s")).model
    let nagata = try #require(m.quotes.first { $0.text.hasPrefix("We have to conclude") })
    #expect(nagata.role?.contains("lieutenant general") == true)
    #expect(nagata.context == "told a West Point journal last month")
    let adnani = try #require(m.quotes.first { $0.text.hasPrefix("The smallest action") })
    #expect(adnani.text.hasSuffix("if you were with us."))
    #expect(adnani.role?.contains("spokesman") == true)
}

@Test("The seed's vague quantities are ranges marked approximate and its percentage carries its period and source")
func seedFigureDetails() throws {
    let m = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s")).model
    let several = try #require(m.statistics.first { $0.asWritten == "several hundred" })
    #expect(several.value == .range(min: 200, max: 900) && several.approximate && several.unit == "people")
    let share = try #require(m.statistics.first { $0.asWritten == "18%" })
    #expect(share.unit == "percent")
    #expect(share.period == Period(start: PartialDate(year: 2014, month: 6), end: PartialDate(year: 2017, month: 6)))
    #expect(share.source?.contains("Program on Extremism") == true)
}

@Test("A percentage-heavy news report: figures, dates, the quote and names are recovered; dek, byline, credit and share line are not body")
func newsReport() throws {
    let date = try #require(PartialDate(year: 2023, month: 3, day: 14))
    let r = try measure(try Fixture.text("news-percentages.txt"), expected: try Fixture.text("news-percentages.expected"),
                        options: DraftOptions(id: "turnout", published: date))
    #expect(r.figures >= 0.9)
    #expect(r.dates >= 0.9)
    #expect(r.quotes >= 0.9)
    #expect(r.entities >= 0.8)
    #expect(r.attribution.isEmpty, "\(r.attribution)")
    let layout = r.draft.model.layout
    #expect(layout.dek == [2] && layout.photoCredit == [4] && layout.boilerplate == [3, 16])
    #expect(r.draft.model.metadata.author == "Dana Whitfield")
}

@Test("An interview with many quotes attributes each to its speaker, through names, pronouns and split sentences")
func interview() throws {
    let r = try measure(try Fixture.text("interview-quotes.txt"), expected: try Fixture.text("interview-quotes.expected"),
                        options: DraftOptions(id: "baker"))
    #expect(r.quotes >= 0.9)
    #expect(r.entities >= 0.8)
    #expect(r.attribution.isEmpty, "\(r.attribution)")
    #expect(r.draft.model.statistics.isEmpty)
}

@Test("A text without numbers or dates drafts a thesis and claims, no statistics, and says its date is a placeholder")
func noNumbers() throws {
    let draft = try Drafter.draft(text: try Fixture.text("no-numbers.txt"), options: DraftOptions(id: "quiet"))
    #expect(draft.model.statistics.isEmpty)
    #expect(draft.model.events.isEmpty)
    #expect(draft.model.thesis.kind != .fact)
    #expect(draft.model.metadata.published.note?.hasPrefix("TODO") == true)
    #expect(draft.notes.contains { $0.contains("prints no date") })
}
