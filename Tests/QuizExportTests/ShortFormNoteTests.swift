import PacketModel
import Testing
@testable import QuizExport

/// A quiz that cannot have as many questions as the audience asks for says so in the manifest.
@Suite("Short quiz forms")
struct ShortFormNoteTests {
    @Test("forms shorter than the audience asks for carry a note saying why")
    func shortForms() {
        var audience = FixtureBank.audience
        audience.quiz.count = 100
        audience.quiz.types = [.essay: 1]
        let quiz = QuizSet(bank: [FixtureBank.items[9]], forms: [QuizForm(name: "A", seed: 1, items: [FixtureBank.items[9]])])
        let note = QuizExportRenderer.shortFormNote(RenderInput(article: FixtureBank.article, audience: audience, quiz: quiz))
        #expect(note == "each quiz form has 1 question, not the 100 the audience asks for (quiz: count): the article's model "
            + "gives only 1 of the types the audience allows (essay: 1)")
        audience.quiz.count = 1
        #expect(QuizExportRenderer.shortFormNote(RenderInput(article: FixtureBank.article, audience: audience, quiz: quiz)) == nil)
    }
}
