import Foundation
import Testing
import PacketModel
import PacketLoading
@testable import Drafting

private func validate(_ text: String, _ options: DraftOptions) throws -> (DraftedModel, LoadResult) {
    let draft = try Drafter.draft(text: text, options: options)
    let article = try ArticleText.check(Data(text.utf8), displayPath: "article.txt").get()
    return (draft, ArticleLoader.validate(draft.model, text: article, displayPath: "model.yaml"))
}

@Test("The loader's validator finds no errors in the draft of the seed or of the other texts",
      arguments: ["seed", "news-percentages.txt", "interview-quotes.txt", "no-numbers.txt"])
func loaderAcceptsDrafts(name: String) throws {
    let text = name == "seed" ? try Fixture.seed() : try Fixture.text(name)
    let (draft, result) = try validate(text, DraftOptions(id: "draft"))
    #expect(result.errors.isEmpty, "\(result.errors.map(\.description).joined(separator: "\n"))")
    print("[\(name)] validator: \(result.errors.count) errors, \(result.warnings.count) warnings; \(draft.reviewIds.count) items to review")
    for w in result.warnings { print("  \(w)") }
}

@Test("The loader's validator finds no errors in the draft of a large generated text")
func loaderAcceptsLargeDraft() throws {
    let (_, result) = try validate(try largeArticle(bytes: 300_000, seed: 3), DraftOptions(id: "large"))
    #expect(result.errors.isEmpty, "\(result.errors.prefix(5).map(\.description).joined(separator: "\n"))")
}

@Test("The draft's YAML, written with review marks, loads back through the loader without errors")
func draftRoundTrips() throws {
    let text = try Fixture.seed()
    let draft = try Drafter.draft(text: text, options: DraftOptions(id: "isis-after-mosul"))
    let yaml = try ModelExport.yaml(draft.model, review: draft.reviewIds)
    let article = ArticleText.check(Data(text.utf8), displayPath: "article.txt")
    let result = ArticleLoader.load(yaml: yaml, yamlPath: "model.yaml", id: "isis-after-mosul", text: .success(try article.get()))
    #expect(result.errors.isEmpty, "\(result.errors.prefix(5).map(\.description).joined(separator: "\n"))")
}
