import Foundation
import Testing
import PacketModel
@testable import QuizEngine

/// Issue 13, point 3: every item is keyed on the article, and quotation marks hold its words only.
@Suite("Text-dependent items")
struct TextDependenceTests {
    @Test("every item's support is word for word in the paragraph it cites (all audiences, whole bank)")
    func supportIsVerbatim() {
        let model = SeedQuizzes.model
        for (audience, item) in SeedQuizzes.items {
            if item.type != .essay { #expect(!item.support.isEmpty, "\(audience) \(item.id) has no support") }
            for support in item.support {
                let text = model.paragraph(support.paragraph)?.text ?? ""
                #expect(text.contains(support.text), "\(audience) \(item.id): “\(support.text)” is not in ¶\(support.paragraph)")
            }
        }
    }

    @Test("every quoted span of every item is the article's words (ellipses allowed)")
    func quotationsAreTheArticles() {
        let spans = QuotedSpans(model: SeedQuizzes.model)
        for (audience, item) in SeedQuizzes.items {
            for text in SeedQuizzes.texts(item) {
                #expect(spans.notInArticle(text).isEmpty, "\(audience) \(item.id): \(spans.notInArticle(text))")
            }
        }
    }

    @Test("fact/opinion items quote the article's sentence or mark a paraphrase without quotation marks")
    func factOpinionQuotesOrParaphrases() {
        let items = SeedQuizzes.items.map(\.item).filter { $0.type == .factOpinion }
        #expect(!items.isEmpty)
        for item in items {
            let quoted = !QuotedSpans.spans(in: item.stem).isEmpty
            #expect(quoted != item.stem.contains("(paraphrased)"), "\(item.id): \(item.stem)")
        }
        // The review's example: the model's wording is never printed as if it were the article's.
        #expect(!items.contains { $0.stem.contains("“Baghdadi will no longer have his caliphate.”") })
        #expect(items.contains { $0.stem.contains("“Baghdadi won’t have his caliphate anymore.”") })
    }

    @Test("no stem has the leftovers of the old generated stems")
    func noGarbledStems() {
        for (audience, item) in SeedQuizzes.items {
            for stem in [item.stem] + item.parts.map(\.stem) + (item.shortStem.map { [$0] } ?? []) {
                #expect(QuotedSpans.fragments(in: stem).isEmpty, "\(audience) \(item.id): \(stem)")
                #expect(!stem.contains("the figure"), "\(audience) \(item.id): \(stem)")
                #expect(!stem.contains("happened in"), "\(audience) \(item.id): \(stem)")
            }
        }
    }

    @Test("the garbled patterns of the review are caught: an ellipsis outside quotation marks, the figure N for, a label after happened in")
    func fragmentsDetected() {
        #expect(!QuotedSpans.fragments(in: "The article gives the figure 3 for the terrorist attacks … before the article.").isEmpty)
        #expect(!QuotedSpans.fragments(in: "The article gives the figure about 3 years for the time.").isEmpty)
        #expect(!QuotedSpans.fragments(in: "According to the article, this happened in July 2016: Omar Mateen attacks.").isEmpty)
        #expect(QuotedSpans.fragments(in: "In ¶1 the author writes: “…is now close to being wiped out.” Is this a fact?").isEmpty)
    }

    @Test("world-knowledge roles never reach an item: people are asked only in the article's own words")
    func noWorldKnowledgeRoles() {
        let model = SeedQuizzes.model
        let roles = model.people.map(\.role).filter { role in !model.people.contains { $0.describedAs == role } }
        for (audience, item) in SeedQuizzes.items {
            for text in SeedQuizzes.texts(item) {
                for role in roles { #expect(!text.contains(role), "\(audience) \(item.id) prints the role “\(role)”") }
                #expect(!text.contains("killed by US forces in Pakistan"), "\(audience) \(item.id)")
                #expect(!text.contains("involved in the air campaign"), "\(audience) \(item.id)")
                #expect(!text.contains("(2014–2018)"), "\(audience) \(item.id)")
            }
        }
        let described = SeedQuizzes.items.map(\.item).filter { $0.kind == .personDescription }
        #expect(!described.isEmpty)
        for item in described {
            let person = try! #require(model.person(item.sources[0]))
            #expect(QuizFixtures.answerText(item) == person.describedAs)
        }
    }

    @Test("date and ordering items use only the dates the article gives, at its precision")
    func onlyArticleDates() {
        let model = SeedQuizzes.model
        for item in SeedQuizzes.items.map(\.item) where item.kind == .eventDate || item.kind == .eventOrder {
            for id in item.sources {
                let event = try! #require(model.events.first { $0.id == id })
                #expect(event.basis != .outside || event.articleDate != nil, "\(item.id) asks the outside date of \(id)")
                let date = try! #require(event.textDate)
                if item.kind == .eventDate, let answer = QuizFixtures.answerText(item) {
                    #expect(answer == ValueText.date(date), "\(item.id): \(answer) is not the article's \(date)")
                }
            }
        }
        // The Nice attack's day comes from knowing Bastille Day, not from the article: only its year is asked.
        #expect(SeedQuizzes.items.map(\.item).filter { $0.sources.contains("ev-nice") }.allSatisfy { item in
            !SeedQuizzes.texts(item).contains { $0.contains("July 14") }
        })
    }

    @Test("a figure of speech or a rank is never asked as a number")
    func figurativeAndRanksNotNumbers() {
        for item in SeedQuizzes.items.map(\.item) where item.kind == .statisticValue {
            #expect(!["s-ten-times", "s-second-largest", "s-orlando-deadliest"].contains(item.sources[0]), "\(item.id)")
        }
        #expect(SeedQuizzes.model.statistics.first { $0.id == "s-ten-times" }?.figurative == true)
    }

    @Test("nested quotation marks inside a quotation become single ones (q-stalingrad, q-adnani-2016, nagata)")
    func nestedQuotesMended() {
        #expect(Quoting.quoted("described as “like Stalingrad, but…ten times worse“") == "“described as ‘like Stalingrad, but…ten times worse’”")
        #expect(Quoting.quoted("“The smallest action,” Adnani argued ”is better") == "“‘The smallest action,’ Adnani argued ‘is better”")
        for (audience, item) in SeedQuizzes.items {
            for text in SeedQuizzes.texts(item) {
                for span in QuotedSpans.spans(in: text) {
                    #expect(!span.contains("“") && !span.contains("”"), "\(audience) \(item.id): nested “ in “\(span)”")
                }
            }
        }
        let statements = SeedQuizzes.items.map(\.item).filter {
            $0.type == .trueFalse && ["q-stalingrad", "q-adnani-2016", "nagata"].contains($0.sources[0])
        }
        #expect(!statements.isEmpty)
    }

    @Test("items use the model's authored question when it has one")
    func authoredAskUsed() {
        let model = SeedQuizzes.model
        for item in SeedQuizzes.items.map(\.item) where item.kind == .statisticValue || item.kind == .eventDate {
            let ask = model.statistics.first { $0.id == item.sources[0] }?.ask ?? model.events.first { $0.id == item.sources[0] }?.ask
            if let ask { #expect(item.stem.hasPrefix(ask.dropLastQuestionMark), "\(item.id): \(item.stem)") }
        }
    }

    @Test("vocabulary items quote the word's sentence and offer meanings of the same part of speech")
    func vocabularyInContext() {
        let model = SeedQuizzes.model
        let items = SeedQuizzes.items.map(\.item).filter { $0.kind == .termMeaning }
        #expect(!items.isEmpty)
        for item in items {
            let term = try! #require(model.vocabulary.first { $0.id == item.sources[0] })
            let spans = QuotedSpans.spans(in: item.stem)
            let word = " " + TextNormal.key(term.excerpt) + " "
            #expect(spans.contains { (" " + TextNormal.key($0) + " ").contains(word) && $0.count >= term.excerpt.count + 40 },
                    "\(item.id) does not show the sentence: \(item.stem)")
            for option in item.options {
                let meaning = try! #require(model.vocabulary.first { $0.definition == option })
                #expect(meaning.partOfSpeech == term.partOfSpeech, "\(item.id): “\(option)” is a \(meaning.partOfSpeech)")
            }
        }
    }
}
