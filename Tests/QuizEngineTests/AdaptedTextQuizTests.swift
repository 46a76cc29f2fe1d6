import Foundation
import Testing
import PacketModel
import PacketLoading
@testable import QuizEngine

@Suite("Quizzes for a class that reads an adaptation")
struct AdaptedTextQuizTests {
    static func middleSchool() throws -> (model: ArticleModel, audience: Audience) {
        (try SeedFiles.model(), try SeedAudiences.loader.load("middle-school"))
    }

    @Test("every middle-school quiz item's excerpts are in the adapted paragraphs, compared as a reader compares")
    func itemsAnswerableFromAdaptation() throws {
        let (model, audience) = try Self.middleSchool()
        let reading = ReadingText(article: model, audience: audience)
        #expect(reading.adaptation?.band == "grades-6-8")
        let (quiz, notes) = try QuizEngine.makePacketQuiz(for: model, audience: audience, review: false)
        #expect(!quiz.bank.isEmpty)
        for item in quiz.bank {
            for excerpt in item.support {
                let paragraph = try #require(reading.text(of: excerpt.paragraph, in: model), "\(item.id): ¶\(excerpt.paragraph)")
                #expect((" " + TextNormal.key(paragraph) + " ").contains(" " + TextNormal.key(excerpt.text) + " "),
                        "\(item.id): ¶\(excerpt.paragraph) lacks “\(excerpt.text)”")
            }
        }
        // The items left out are listed in one note, and none of them is in the bank.
        let note = try #require(notes.first { $0.hasPrefix("quiz: left out ") })
        #expect(note.contains("the grades 6–8 adaptation"))
        #expect(!quiz.bank.contains { note.contains($0.id + " (") })
    }

    @Test("curly quotes, case, punctuation and spacing do not keep an excerpt from matching; a changed word does")
    func normalisedComparison() throws {
        let (model, audience) = try Self.middleSchool()
        let original = try #require(model.paragraphs.first)
        var adapted = model
        adapted.adaptations = [Adaptation(band: "grades-6-8", paragraphs: model.paragraphs.map {
            AdaptedParagraph(number: $0.number, text: [$0.number == 1 ? "  it said \"LIKE STALINGRAD but ... ten times worse\"!" : $0.text])
        })]
        let reading = ReadingText(article: adapted, audience: audience)
        func item(_ text: String) -> QuizItem {
            QuizItem(id: "t", type: .trueFalse, skill: .recall, dok: 1, stem: "s", options: ["True", "False"],
                     answer: .choice(0), explanation: "e", support: [SupportingExcerpt(paragraph: original.number, text: text)],
                     bloom: .remember)
        }
        let kept = AdaptedSupport([item("like Stalingrad, but…ten times worse"), item("like Stalingrad, but…eleven times worse")],
                                  reading: reading, article: adapted)
        #expect(kept.kept.count == 1 && kept.lost.count == 1)
    }

    @Test("an audience reading the original loses no item")
    func originalKeepsAll() throws {
        let model = try SeedFiles.model()
        let audience = try SeedAudiences.loader.load("high-school")
        let (_, notes) = try QuizEngine.makePacketQuiz(for: model, audience: audience, review: false)
        #expect(!notes.contains { $0.hasPrefix("quiz: left out") })
    }

    @Test("when the adaptation leaves the blueprint short, the error names the items and the phrases to keep")
    func blueprintShortfallExplained() throws {
        var (model, audience) = try Self.middleSchool()
        var adaptation = try #require(model.adaptation("grades-6-8"))
        adaptation.paragraphs[10].text = ["The writer thinks ISIS will stay dangerous."]
        model.adaptations = [adaptation]
        audience.name = "middle-school"
        #expect {
            _ = try QuizEngine.makeQuiz(for: model, audience: audience)
        } throws: { error in
            guard let error = error as? QuizBlueprintError else { return false }
            return error.problems.contains { $0.contains("keep these phrases in the model's adaptation") && $0.contains("¶11 “") }
        }
    }
}
