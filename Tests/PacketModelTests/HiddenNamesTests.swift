import PacketModel
import Testing

@Suite("Hidden names")
struct HiddenNamesTests {
    static let article = ArticleModel(
        id: "a", metadata: Metadata(title: "T", outlet: "O", genre: .news, published: PublicationDate(date: PartialDate(year: 2017)!)),
        summary: "S", thesis: Claim(id: "thesis", text: "T", kind: .fact, excerpt: "T"),
        people: [
            Entity(id: "mateen", kind: .person, name: "Omar Mateen", aliases: ["Mateen"], role: "Attacker",
                   sensitive: ["perpetrator-name"], referAs: "the Orlando attacker"),
            Entity(id: "nagata", kind: .person, name: "Michael Nagata", aliases: ["Nagata"], role: "General"),
        ])

    static func audience(hiding tags: [String]) -> Audience {
        Audience(name: "x", displayName: "X", description: "X", readingLevel: 0...20, sensitivity: Sensitivity(hide: tags))
    }

    @Test("An audience that hides a tag gets the stand-in wording for every spelling of the name, capitalised at a sentence start")
    func replaces() {
        let names = HiddenNames(article: Self.article, audience: Self.audience(hiding: ["perpetrator-name"]))
        #expect(names("Omar Mateen had no direct link. People like Mateen, Nagata and others.")
                == "The Orlando attacker had no direct link. People like the Orlando attacker, Nagata and others.")
        #expect(names("Mateen’s case") == "The Orlando attacker’s case")
        #expect(names("Mateenville stays") == "Mateenville stays")
        #expect(names.names(in: "Omar Mateen and Nagata") == ["Omar Mateen", "Mateen"])
    }

    @Test("An audience that hides nothing sees every name")
    func keeps() {
        let names = HiddenNames(article: Self.article, audience: Self.audience(hiding: []))
        #expect(names.isEmpty)
        #expect(names("Omar Mateen") == "Omar Mateen")
    }
}
