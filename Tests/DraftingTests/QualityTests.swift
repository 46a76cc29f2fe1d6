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

@Test("The seed draft, given its publication date, recovers at least 90% of figures, dates and quotes and 80% of names, with every speaker right")
func seedQuality() throws {
    // The seed prints no date; its editor dated it July 2017 (seeds/isis-after-mosul/model.yaml).
    let r = try measure(try Fixture.seed(), expected: try Fixture.text("isis-after-mosul.expected"),
                        options: DraftOptions(id: "isis-after-mosul", published: PartialDate(year: 2017, month: 7)))
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

@Test("Without a given date a text that prints none leaves the publication date TODO, asks for --published and leaves out the dates that need it")
func seedPublication() throws {
    let draft = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s"))
    let published = draft.model.metadata.published
    #expect(published.note?.hasPrefix("TODO") == true)
    #expect(published.note?.contains("--published") == true)
    #expect(!published.inferred)
    // Not the latest date the text mentions (July 9, 2017), nor anything worked out from it.
    #expect(published.date.iso != "2017-07")
    #expect(draft.notes.contains { $0.contains("--published") })
    #expect(!draft.model.events.contains { $0.phrase == "last month" || $0.phrase == "last year" })
    #expect(draft.notes.contains { $0.contains("“last month”") && $0.contains("left out") })
}

@Test("A date line at the head of the text is the publication date; so is a dateline opening the first paragraph")
func printedPublication() throws {
    let body = "A long first paragraph says what happened last month and on Tuesday, with many more words than a heading has in it."
    let updated = try Drafter.draft(text: "Headline\n\nUpdated April 20, 2026\n\n\(body)\n\nAnother paragraph.\n", options: DraftOptions(id: "u")).model
    #expect(updated.metadata.published.date.iso == "2026-04-20")
    #expect(updated.metadata.published.note?.hasPrefix("TODO") != true)
    #expect(updated.layout.boilerplate == [3])
    let dateline = try Drafter.draft(text: "Headline\n\nWASHINGTON, Sept. 2, 2022 — \(body)\n\nAnother paragraph.\n", options: DraftOptions(id: "d")).model
    #expect(dateline.metadata.published.date.iso == "2022-09-02")
    // Relative dates resolve against it: "last month" is August, "on Tuesday" the Tuesday before (30 August).
    #expect(dateline.events.contains { $0.phrase == "last month" && $0.date.iso == "2022-08" })
    #expect(dateline.events.contains { $0.phrase == "Tuesday" && $0.date.iso == "2022-08-30" })
}

@Test("Weekdays resolve against a given publication date: the last such day, the next one when the sentence says will")
func weekdays() throws {
    let text = """
    Headline

    The council met on Saturday and voted last Tuesday, and it will meet again on Friday, officials said in a statement.

    Another paragraph follows here.
    """
    let published = try #require(PartialDate(year: 2024, month: 3, day: 14))   // a Thursday
    let m = try Drafter.draft(text: text, options: DraftOptions(id: "w", published: published)).model
    #expect(m.events.first { $0.phrase == "Saturday" }?.date.iso == "2024-03-09")
    #expect(m.events.first { $0.phrase == "last Tuesday" }?.date.iso == "2024-03-12")
    #expect(m.events.first { $0.phrase == "Friday" }?.date.iso == "2024-03-15")
    #expect(m.events.allSatisfy { $0.basis == .resolved })
    // Without a day, weekdays cannot be dated.
    let monthOnly = try Drafter.draft(text: text, options: DraftOptions(id: "w", published: PartialDate(year: 2024, month: 3))).model
    #expect(monthOnly.events.isEmpty)
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
    #expect(draft.notes.contains { $0.contains("prints no publication date") })
}

@Test("Vocabulary words get the part of speech they have where the article uses them, not always noun")
func vocabularyPartsOfSpeech() throws {
    let text = """
    Headline about words

    Lawmakers hoped to accommodate the newcomers. The bipartisan agreement was unprecedented, and it reshaped the \
    negotiations. Officials sacrificed predictability for flexibility, and the sophisticated arrangements satisfied everyone.

    A second paragraph repeats bipartisan and accommodate, and says the negotiations were unprecedented for administrators.
    """
    let vocabulary = try Drafter.draft(text: text, options: DraftOptions(id: "v", vocabularyLimit: 30)).model.vocabulary
    func pos(_ term: String) -> String? { vocabulary.first { $0.term == term }?.partOfSpeech }
    #expect(pos("accommodate") == "verb")
    #expect(pos("bipartisan") == "adjective")
    #expect(pos("unprecedented") == "adjective")
    #expect(pos("negotiations") == "noun")
    #expect(pos("sacrificed") == "verb")
    #expect(pos("sophisticated") == "adjective")
    #expect(Set(vocabulary.map(\.partOfSpeech)).count >= 3)
}

@Test("Contractions and number words opening a sentence are not names, and leave no note saying they look like one")
func noNamesFromContractionsOrNumbers() throws {
    let text = """
    Headline

    Don't expect miracles, the report says. Two officials resigned last week. Won't anyone answer? Three more left later.

    Another paragraph with Maria Lopez, who said the plan was sound.
    """
    let draft = try Drafter.draft(text: text, options: DraftOptions(id: "n"))
    #expect(!draft.notes.contains { $0.contains("“Don”") || $0.contains("“Won”") || $0.contains("“Two”") || $0.contains("“Three”") })
    #expect(!draft.model.entities.contains { ["Don", "Won", "Two", "Three"].contains($0.name) })
    #expect(draft.model.people.contains { $0.name == "Maria Lopez" })
}
