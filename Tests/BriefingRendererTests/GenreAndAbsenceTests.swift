import Testing
@testable import BriefingRenderer
import PacketModel

@Suite("Genre wording and what the article lacks")
struct GenreAndAbsenceTests {
    /// The fixture without its opposing view (and its answer), optionally saying so explicitly.
    static func withoutOpposingView(declared: Bool) -> ArticleModel {
        var article = BriefingFixture.article
        article.relations.removeAll { $0.type == .attacks || $0.type == .rebuts }
        article.counterarguments = declared ? Absence.none : nil
        return article
    }

    @Test("A model that simply records no opposing view gets no 'other side' section at all")
    func silentWhenNotDeclared() throws {
        let text = try BriefingRenderer.briefing(article: Self.withoutOpposingView(declared: false),
                                                 audience: BriefingFixture.audience(width: 200))
        #expect(!text.contains("THE OTHER SIDE"))
        #expect(!text.contains("does not discuss any view"))
    }

    @Test("A model that says 'counterarguments: none' gets a briefing that says the writer raises no opposing view")
    func saysSoWhenDeclared() throws {
        let text = try BriefingRenderer.briefing(article: Self.withoutOpposingView(declared: true),
                                                 audience: BriefingFixture.audience(width: 200))
        #expect(text.contains("THE OTHER SIDE"))
        #expect(text.contains("The writer does not discuss any view against the thesis."))
    }

    @Test("A speech's briefing speaks of the speaker, and a news report's of its main point rather than a thesis")
    func genreWords() throws {
        var speech = BriefingFixture.article
        speech.metadata.genre = .speech
        let spoken = try BriefingRenderer.briefing(article: speech, audience: BriefingFixture.audience(width: 200))
        #expect(spoken.contains("The speaker supports the thesis"))
        #expect(!spoken.contains("The writer supports"))
        var news = Self.withoutOpposingView(declared: true)
        news.metadata.genre = .news
        let reported = try BriefingRenderer.briefing(article: news, audience: BriefingFixture.audience(width: 200))
        #expect(reported.contains("THE MAIN POINT"))
        #expect(reported.contains("does not discuss any view against the main point"))
        #expect(!reported.contains("its thesis"))
    }

    @Test("A report's views are views it reports, not points against the writer, and an unanswered one is not called unanswered")
    func reportedViews() throws {
        let argued = try BriefingRenderer.briefing(article: BriefingFixture.article, audience: BriefingFixture.audience(width: 200))
        #expect(argued.contains("A point against the writer’s view"))
        #expect(argued.contains("How the writer answers it:"))
        for genre in [Genre.news, .science, .explainer] {
            var article = BriefingFixture.article
            article.metadata.genre = genre
            let text = try BriefingRenderer.briefing(article: article, audience: BriefingFixture.audience(width: 200))
            #expect(text.contains("A view the article reports"), "\(genre)")
            #expect(text.contains("How the article responds:"), "\(genre)")
            #expect(!text.contains("A point against") && !text.contains("answers it"), "\(genre)")
            article.relations.removeAll { $0.type == .rebuts }
            let unanswered = try BriefingRenderer.briefing(article: article, audience: BriefingFixture.audience(width: 200))
            #expect(!unanswered.contains("does not answer"), "\(genre)")
        }
    }

    @Test("An article without figures gets no numbers section")
    func noNumbersSection() throws {
        var article = BriefingFixture.article
        article.statistics = []
        article.evidence = []
        let text = try BriefingRenderer.briefing(article: article, audience: BriefingFixture.audience(width: 200))
        #expect(!text.contains("THE NUMBERS"))
    }
}
