import PacketModel
import Testing

@Suite("Sentences of the article")
struct ArticleSentenceTests {
    static let paragraph = Paragraph(number: 3, line: 7, text:
        "Lt. Gen. Nagata spoke last month. “We have to conclude,” he said, “that we do not know.” "
        + "ISIS may return? It is unlikely! The U.S. and its allies disagree… about 18% of cases.")

    @Test("a paragraph splits into its sentences exactly, not after abbreviations such as Lt. or Gen.")
    func sentences() {
        #expect(Self.paragraph.sentences == [
            "Lt. Gen. Nagata spoke last month.",
            "“We have to conclude,” he said, “that we do not know.”",
            "ISIS may return?",
            "It is unlikely!",
            "The U.S. and its allies disagree… about 18% of cases.",
        ])
    }

    @Test("the sentence holding an excerpt is found from its location, with the excerpt's place in it")
    func holding() throws {
        let text = Array(Self.paragraph.text)
        let start = try #require(Self.paragraph.text.range(of: "do not know")).lowerBound
        let offset = Self.paragraph.text.distance(from: Self.paragraph.text.startIndex, to: start)
        let sentence = try #require(Self.paragraph.sentence(holding: offset..<(offset + 11)))
        #expect(sentence.text == "“We have to conclude,” he said, “that we do not know.”")
        #expect(String(Array(sentence.text)[sentence.highlight]) == "do not know")
        #expect(String(text[sentence.span]) == sentence.text)
        #expect(sentence.holds(Location(paragraph: 3, offset: offset, length: 3)))
        #expect(!sentence.holds(Location(paragraph: 3, offset: 0, length: 5)))
        #expect(!sentence.holds(Location(paragraph: 4, offset: offset, length: 3)))
        #expect(Self.paragraph.sentence(holding: 0..<(text.count + 1)) == nil)
    }

    @Test("an excerpt that runs across two sentences gets both")
    func acrossSentences() throws {
        let text = Self.paragraph.text
        let start = try #require(text.range(of: "return? It is")).lowerBound
        let offset = text.distance(from: text.startIndex, to: start)
        let sentence = try #require(Self.paragraph.sentence(holding: offset..<(offset + 13)))
        #expect(sentence.text == "ISIS may return? It is unlikely!")
    }

    @Test("a model finds an item's sentence; an unlocated item has none")
    func modelSentence() throws {
        let claim = Claim(id: "c", text: "x", kind: .fact, excerpt: "ISIS may return", location: Location(paragraph: 3, offset: 90, length: 15))
        var model = ArticleModel(id: "a", metadata: Metadata(title: "T", outlet: "O", genre: .news,
                                                              published: PublicationDate(date: PartialDate(year: 2017)!)),
                                 summary: "s", thesis: claim, paragraphs: [Self.paragraph])
        let offset = Array(Self.paragraph.text).firstIndex(of: "I") ?? 0
        model.thesis.location = Location(paragraph: 3, offset: offset, length: 4)
        #expect(model.sentence(of: model.thesis)?.text == "ISIS may return?")
        model.thesis.location = nil
        #expect(model.sentence(of: model.thesis) == nil)
    }
}
