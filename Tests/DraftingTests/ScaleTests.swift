import Foundation
import TestHelpers
import Testing
import PacketModel
@testable import Drafting

/// About `bytes` of article: the seed's paragraphs and generated news paragraphs with varied names,
/// numbers and dates, so excerpts must be grown past repeated wording.
func largeArticle(bytes: Int, seed: UInt64 = 7) throws -> String {
    var rng = SplitMix64(seed: seed)
    let seedParagraphs = try Fixture.seed().split(separator: "\n").map(String.init).filter { $0.count > 200 }
    let names = ["Ana Ruiz", "Tom Becker", "Li Wei", "Omar Haddad", "Sara Novak", "John Okafor", "Maya Singh"]
    let places = ["Leeds", "Lyon", "Porto", "Kraków", "Gdańsk", "Tampere", "Malmö"]
    let months = ["January", "March", "May", "July", "September", "November"]
    var text = "A very long report\n\n"
    var n = 0
    while text.utf8.count < bytes {
        n += 1
        if n % 3 == 0 {
            text += seedParagraphs[rng.below(seedParagraphs.count)] + "\n\n"
        } else {
            let name = names[rng.below(names.count)], place = places[rng.below(places.count)]
            text += "In \(months[rng.below(months.count)]) \(2000 + rng.next() % 24), \(rng.next() % 90 + 5)% of residents in \(place) "
            text += "backed the plan, \(name) said, and about \(rng.next() % 900 + 100) people signed a petition in district \(n). "
            text += "“We will keep going until the council listens,” \(name.split(separator: " ")[1]) told reporters last month. "
            text += "Officials should publish the figures, which will likely show thousands of complaints.\n\n"
        }
    }
    return text
}

@Test("Drafting time grows about linearly with the text: 5 MB takes about five times as long as 1 MB")
func fiveMegabytes() throws {
    let small = try largeArticle(bytes: 1_000_000)
    let large = try largeArticle(bytes: 5_000_000)
    let clock = ContinuousClock()
    var smallDraft: DraftedModel?
    let smallTime = try clock.measure { smallDraft = try Drafter.draft(text: small, options: DraftOptions(id: "small")) }
    var largeDraft: DraftedModel?
    let largeTime = try clock.measure { largeDraft = try Drafter.draft(text: large, options: DraftOptions(id: "large")) }
    let ratio = largeTime / smallTime
    print("[scale] 1 MB: \(smallTime), 5 MB: \(largeTime), ratio \(ratio) (linear ≈ 5, quadratic ≈ 25)")
    // How fast is packet-bench's business (release build, `--only draft`); a debug build on a shared
    // machine only shows how the time grows.
    #expect(ratio < 10)
    let model = try #require(largeDraft?.model)
    #expect(model.statistics.count > 10_000)
    #expect(!(smallDraft?.model.quotes.isEmpty ?? true))
}

@Test("Checking excerpts costs token comparisons in proportion to the text, not its square")
func excerptChecksAreLinear() throws {
    func comparisons(_ bytes: Int) throws -> (Int, Int) {
        let article = TokenizedText(try largeArticle(bytes: bytes, seed: 11))
        let index = ExcerptIndex(article)
        var made = 0
        for i in stride(from: 0, to: article.tokens.count, by: 7) where index.excerpt(around: i..<(i + 1)) != nil { made += 1 }
        return (index.comparisons, made)
    }
    let (small, madeSmall) = try comparisons(500_000)
    let (large, madeLarge) = try comparisons(2_500_000)
    print("[scale] excerpt comparisons: 0.5 MB \(small) (\(madeSmall) excerpts), 2.5 MB \(large) (\(madeLarge) excerpts)")
    #expect(madeSmall > 0 && madeLarge > 4 * madeSmall)
    #expect(Double(large) / Double(small) < 8)
}
