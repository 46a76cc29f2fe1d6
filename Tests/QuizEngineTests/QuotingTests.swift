import Testing
import PacketModel
@testable import QuizEngine

@Suite("Quoting the article")
struct QuotingTests {
    let model = SeedQuizzes.model
    var passages: ArticlePassages { ArticlePassages(model: model) }

    func location(_ id: String) throws -> Location {
        let items: [any Excerpted] = model.allClaims + model.evidence + model.statistics + model.vocabulary + model.craft
        return try #require(items.first { $0.id == id }?.location)
    }

    @Test("a short sentence is quoted whole, a long one from its dash-bounded clause, then its phrases, then the words around")
    func cuts() throws {
        let whole = try #require(passages.passage(at: try location("c-baghdadi-no-caliphate")))
        #expect(whole.support.text == "Baghdadi won’t have his caliphate anymore." && !whole.cutBefore && !whole.cutAfter)
        let clause = try #require(passages.passage(at: try location("e-gw-study"), limit: 220))
        #expect(clause.support.text.hasPrefix("according to a report from George Washington’s Program on Extremism,\u{A0}only 18%"))
        #expect(clause.support.text.hasSuffix("were carried out by a foreign fighter.") && clause.cutBefore && !clause.cutAfter)
        let phrase = try #require(passages.passage(at: try location("e-gw-study"), limit: 200))
        #expect(phrase.support.text == "according to a report from George Washington’s Program on Extremism")
        let words = try #require(passages.passage(at: try location("v-commander-in-chief"), limit: 200))
        #expect(words.support.text.contains("commander-in-chief") && words.support.text.count > 40 && words.support.text.count <= 100)
        for passage in [whole, clause, phrase, words] {
            #expect(model.paragraph(passage.support.paragraph)?.text.contains(passage.support.text) == true)
            #expect(Array(model.paragraph(passage.support.paragraph)!.text)[passage.range].map(String.init).joined() == passage.support.text)
        }
    }

    @Test("sentences end at . ? ! and closing quotation marks before a capital, not at “Sept. 2014”")
    func sentences() {
        let text = Array("In Sept. 2014, he spoke. “It worked,” she said! Then they left")
        let spans = Sentences.spans(text).map { String(text[$0]) }
        #expect(spans == ["In Sept. 2014, he spoke.", "“It worked,” she said!", "Then they left"])
    }

    @Test("a stem's quotation ends with a full stop after the closing mark when it does not end a sentence")
    func sentencePunctuation() {
        let cut = Passage(support: SupportingExcerpt(paragraph: 1, text: "has clearly had an impact"), offset: 0, cutBefore: true, cutAfter: false)
        #expect(cut.sentence == "“…has clearly had an impact”.")
        let quoted = Passage(support: SupportingExcerpt(paragraph: 1, text: "“We won,” he said."), offset: 0, cutBefore: false, cutAfter: false)
        #expect(quoted.sentence == "“‘We won,’ he said.”")
        let ending = Passage(support: SupportingExcerpt(paragraph: 1, text: "with us.”"), offset: 0, cutBefore: true, cutAfter: false)
        #expect(ending.sentence == "“…with us.’”")
    }
}
