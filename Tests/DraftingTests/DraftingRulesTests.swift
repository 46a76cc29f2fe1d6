import Foundation
import Testing
import PacketModel
@testable import Drafting

/// The drafting rules the corpus measures, each on a small text of its own.
private func draft(_ body: String, headline: String = "A headline about the plan", published: PartialDate? = nil) throws -> DraftedModel {
    try Drafter.draft(text: "\(headline)\n\n\(body)\n", options: DraftOptions(id: "rules", published: published))
}

@Test("Numbers in codes, labels, list numbering and times of day are not figures")
func codesAreNoFigures() throws {
    let m = try draft("""
    The law (P.L. 107-252) and 23 U.S.C. §301 apply, as Table 2 and Phase 1 show, after the COVID-19 pandemic, said officials.

    The bill required that (1) cities plan and (2) states pay, under section §129(a)(1), before the 7:15 p.m. vote on 12 proposals.
    """).model
    #expect(m.statistics.map(\.asWritten) == ["12"])
}

@Test("Ranges, ratios, fractions and multiples are one figure each, with their values")
func compoundFigures() throws {
    let m = try draft("""
    Prices fell between 38 and 79 percent, and awards ranged between $25 million and $65 million for each of the regions.

    In 2023, 1 in 257 filers earning more received both credits; nearly three-fifths of states ban gifts, and sales tripled.
    """).model
    func value(_ words: String) -> StatValue? { m.statistics.first { $0.asWritten.contains(words) }?.value }
    #expect(value("38 and 79") == .range(min: 38, max: 79))
    #expect(value("$25 million and $65 million") == .range(min: 25_000_000, max: 65_000_000))
    #expect(m.statistics.first { $0.asWritten == "1 in 257" }.map { abs($0.value.minimum - 1.0 / 257) < 1e-9 } == true)
    #expect(value("three-fifths") == .exact(60))
    #expect(value("tripled") == .exact(3))
    #expect(!m.statistics.contains { $0.asWritten == "38" || $0.asWritten == "79 percent" || $0.asWritten == "257" })
}

@Test("A superlative is no figure unless it is counted: 'the largest fleet' is not, 'the second largest city' is")
func superlatives() throws {
    let m = try draft("The agency runs the largest vehicle fleet in the world, and Mosul is the second largest city in the country, officials said.").model
    #expect(m.statistics.map(\.asWritten) == ["second largest"])
}

@Test("'will' alone makes no prediction: a plan announced is a fact; 'will likely' predicts")
func willAlone() throws {
    let m = try draft("""
    Today the mayor will announce the new budget for schools, and the council will vote on it next month after a long debate.

    Critics say the cuts will likely hurt the poorest families, and costs are expected to rise again over the coming years.
    """).model
    let claims = m.allClaims
    #expect(!claims.contains { $0.excerpt.contains("will announce") && $0.kind == .prediction })
    #expect(claims.contains { $0.excerpt.contains("will likely") && $0.kind == .prediction })
}

@Test("A view the writer weighs is drafted as a claim attacking the thesis; with none, a note says the briefing's 'none' is a guess")
func opposingViews() throws {
    let argued = try draft("""
    In short, every town should publish its budget online, because residents deserve to see how their money is spent.

    Some have argued that publishing budgets costs too much for small towns with few staff and old computer systems.

    That argument fails: a spreadsheet on a website costs almost nothing, and most towns already keep one for their auditors.
    """)
    let attacks = argued.model.relations.filter { $0.type == .attacks && $0.to == argued.model.thesis.id }
    #expect(attacks.count == 1)
    let counter = try #require(argued.model.claims.first { $0.id == attacks.first?.from })
    #expect(counter.excerpt.contains("Some have argued"))
    #expect(argued.reviewIds.contains(counter.id))
    #expect(argued.model.thesis.excerpt.contains("every town should publish"))
    let plain = try draft("The library opened a new wing on Monday with room for four hundred more readers and a café for students.")
    #expect(plain.model.relations.isEmpty)
    #expect(plain.notes.contains { $0.contains("No view against the thesis was found") && $0.contains("guess") })
}

@Test("The thesis is never another speaker's quotation, even when it holds the strongest cue words")
func thesisNotAQuote() throws {
    let m = try draft("""
    The city council voted on Tuesday to expand the bus network to three new districts, officials said in a statement.

    “In short, we must act now and we need to build more lines,” said Mayor Ana Ruiz, who backed the plan from the start.
    """).model
    #expect(!m.thesis.excerpt.contains("we must act"))
    #expect(m.thesis.excerpt.contains("council voted"))
}

@Test("Titles are split from names, initials do not end them, and a surname later joins the full name")
func namesAndTitles() throws {
    let m = try draft("""
    Secretary of Transportation Sean Duffy met Chair Jerome H. Powell and New York Governor Kathy Hochul in Albany on the plan.

    Later, Hochul said the talks went well, and Duffy agreed with her about the schedule for the new bridge and tunnels.
    """).model
    let people = m.people.map(\.name)
    #expect(people.contains("Sean Duffy"))
    #expect(people.contains("Jerome H. Powell"))
    #expect(people.contains("Kathy Hochul"))
    #expect(m.people.first { $0.name == "Kathy Hochul" }?.aliases.contains("Hochul") == true)
    #expect(m.people.first { $0.name == "Sean Duffy" }?.role.contains("Secretary of Transportation") == true)
    #expect(!m.entities.contains { $0.name.contains("Secretary") || $0.name.contains("Governor") || $0.name == "Chair Jerome H" })
}

@Test("Acronyms spelt out in lower-case words are terms; those spelt out by a name join it; others are left for review")
func acronyms() throws {
    let d = try draft("""
    The Federal Highway Administration (FHWA) bought personal protective equipment (PPE) for workers in the region.

    FHWA said the PPE would arrive soon, and the MRI unit reported delays to staff and visitors at the hospital.
    """)
    #expect(d.model.organizations.contains { $0.name == "Federal Highway Administration" && $0.aliases.contains("FHWA") })
    #expect(!d.model.entities.contains { $0.name == "PPE" || $0.aliases.contains("PPE") })
    #expect(!d.model.entities.contains { $0.name == "MRI" })
    #expect(d.notes.contains { $0.contains("“MRI”") && $0.contains("left out") })
}

@Test("Quotes: the speaker after the verb past their title, a quotation going on, no title or own words as quotes")
func quoteAttribution() throws {
    let d = try draft("""
    “We are proud of this plan and of everyone who built it,” said U.S. Secretary of Commerce Gina Raimondo. “It will create jobs across the country.”

    He spoke at “The Future of Macroeconomic Policy,” a conference in Oslo, before the vote was held that evening.

    I said, “We will not cut these programs under any circumstances at all,” and the room went quiet for a while.
    """)
    let quotes = d.model.quotes
    #expect(quotes.count == 2)
    let raimondo = try #require(d.model.people.first { $0.name == "Gina Raimondo" })
    #expect(quotes.allSatisfy { $0.speaker == raimondo.id })
    #expect(!quotes.contains { $0.text.contains("Macroeconomic") || $0.text.contains("We will not cut") })
}
