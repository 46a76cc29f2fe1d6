import Foundation
import PacketLoading
import PacketModel
import Testing

/// An article copied from a web page often holds characters that show nothing: soft hyphens
/// (U+00AD), zero-width spaces (U+200B), joiners (U+200D, U+200C) and word joiners (U+2060).
/// An excerpt typed or copied from the screen does not; the two must still match.
@Suite("Characters that show nothing")
struct InvisibleCharacterTests {
    @Test("excerpts match an article holding soft hyphens, zero-width spaces and joiners, and point at the original text")
    func invisibleCharactersAreIgnored() throws {
        let article = Fixture.article
            .replacingOccurrences(of: "costs too much", with: "costs too mu\u{AD}ch")
            .replacingOccurrences(of: "rebuild the bridge", with: "re\u{200B}build the bri\u{200D}dge")
            .replacingOccurrences(of: "voters agreed", with: "vot\u{2060}ers ag\u{200C}reed")
        let result = try Fixture(article: Data(article.utf8)).load()
        #expect(result.diagnostics.map(\.description) == [])
        let model = try result.get()
        let claim = try #require(model.claims.first?.location)
        let paragraph = model.paragraphs[1].text
        let start = paragraph.index(paragraph.startIndex, offsetBy: claim.offset)
        #expect(paragraph[start..<paragraph.index(start, offsetBy: claim.length)] == "argue the plan… costs too mu\u{AD}ch")
        #expect(model.thesis.location?.paragraph == 1)
    }

    @Test("an excerpt holding an invisible character matches the article without it")
    func invisibleInExcerpt() throws {
        let model = try #require(Fixture.model(replacing: "excerpt: \"we will rebuild the bridge\"",
                                               with: "excerpt: \"we will re\\u00ADbuild the bridge\""))
        #expect(try Fixture(model: model).diagnostics() == [])
    }
}
