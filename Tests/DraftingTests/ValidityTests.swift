import Foundation
import Testing
import PacketModel
import PacketLoading
@testable import Drafting

private let texts: [(String, DraftOptions)] = [
    ("seed", DraftOptions(id: "isis-after-mosul")),
    ("news-percentages.txt", DraftOptions(id: "turnout")),
    ("interview-quotes.txt", DraftOptions(id: "baker")),
    ("no-numbers.txt", DraftOptions(id: "quiet")),
]

private func load(_ name: String) throws -> String {
    name == "seed" ? try Fixture.seed() : try Fixture.text(name)
}

@Test("Every draft's excerpts occur exactly once in one body paragraph, ids are unique and references resolve",
      arguments: texts.map(\.0))
func draftsAreValid(name: String) throws {
    let text = try load(name)
    let options = try #require(texts.first { $0.0 == name }?.1)
    let draft = try Drafter.draft(text: text, options: options)
    let errors = ExcerptRule.errors(in: draft.model, text: text)
    #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
}

@Test("Every drafted item is listed for review", arguments: texts.map(\.0))
func everythingGuessedIsReviewed(name: String) throws {
    let options = try #require(texts.first { $0.0 == name }?.1)
    let d = try Drafter.draft(text: try load(name), options: options)
    let m = d.model
    var ids = m.allClaims.map(\.id) + m.statistics.map(\.id) + m.quotes.map(\.id) + m.events.map(\.id)
    ids += m.entities.map(\.id) + m.vocabulary.map(\.id)
    #expect(Set(ids) == d.reviewIds)
}

@Test("Drafting the same text twice gives the same draft")
func deterministic() throws {
    let text = try Fixture.seed()
    let a = try Drafter.draft(text: text, options: DraftOptions(id: "s"))
    let b = try Drafter.draft(text: text, options: DraftOptions(id: "s"))
    #expect(a.model == b.model && a.reviewIds == b.reviewIds && a.notes == b.notes && a.glossaryCandidates == b.glossaryCandidates)
}

@Test("Windows line endings give the same line numbers and excerpts as Unix ones")
func crlf() throws {
    let text = try Fixture.seed()
    let unix = try Drafter.draft(text: text, options: DraftOptions(id: "s")).model
    let windows = try Drafter.draft(text: text.replacingOccurrences(of: "\n", with: "\r\n"), options: DraftOptions(id: "s")).model
    #expect(unix == windows)
}

@Test("Placeholders a person must replace say TODO: summary, outlet and vocabulary definitions")
func placeholders() throws {
    let m = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s")).model
    #expect(m.summary.hasPrefix("TODO"))
    #expect(m.metadata.outlet.hasPrefix("TODO"))
    #expect(!m.vocabulary.isEmpty && m.vocabulary.allSatisfy { $0.definition.hasPrefix("TODO") })
    let given = try Drafter.draft(text: try Fixture.seed(), options: DraftOptions(id: "s", outlet: "Quartz", author: "A. Writer")).model
    #expect(given.metadata.outlet == "Quartz" && given.metadata.author == "A. Writer")
}

@Test("An empty or blank text is refused with a clear error", arguments: ["", "   \n\n\t  \n"])
func emptyText(text: String) {
    #expect(throws: DraftError.emptyText) { try Drafter.draft(text: text, options: DraftOptions(id: "e")) }
    #expect(DraftError.emptyText.description.contains("empty"))
}

@Test("A text with nothing but a headline is refused with a clear error")
func headlineOnly() {
    #expect(throws: DraftError.noBody) { try Drafter.draft(text: "Just a headline\n", options: DraftOptions(id: "h")) }
}

@Test("A text whose only paragraph is printed twice cannot point anywhere and is refused")
func repeatedOnly() {
    let paragraph = String(repeating: "The same long paragraph repeats itself with many words in it again and again. ", count: 3)
    #expect(throws: DraftError.noUniqueText) {
        try Drafter.draft(text: "Headline\n\n\(paragraph)\n\n\(paragraph)\n", options: DraftOptions(id: "r"))
    }
}

@Test("Drafts of the corpus texts, and of the same texts with their words shuffled within each line, validate without errors",
      arguments: try CorpusArticle.loadAll(from: Fixture.folder.appendingPathComponent("corpus")).map(\.id))
func corpusDraftsAreValid(id: String) throws {
    let text = try CorpusArticle.load(from: Fixture.folder.appendingPathComponent("corpus/\(id)")).text
    var rng = SplitMix64(seed: 5, purpose: id)
    // Shuffled words keep the punctuation, capitals, numbers and quotation marks in odd places.
    let shuffled = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
        k == 0 ? String(line) : line.split(separator: " ").map(String.init).shuffled(using: &rng).joined(separator: " ")
    }.joined(separator: "\n")
    for variant in [text, shuffled] {
        let draft = try Drafter.draft(text: variant, options: DraftOptions(id: id))
        let errors = ExcerptRule.errors(in: draft.model, text: variant)
        #expect(errors.isEmpty, "\(id): \(errors.prefix(5).joined(separator: "\n"))")
        let article = try ArticleText.check(Data(variant.utf8), displayPath: "article.txt").get()
        let loaded = ArticleLoader.validate(draft.model, text: article, displayPath: "model.yaml")
        #expect(loaded.errors.isEmpty, "\(id): \(loaded.errors.prefix(5).map(\.description).joined(separator: "\n"))")
    }
}
