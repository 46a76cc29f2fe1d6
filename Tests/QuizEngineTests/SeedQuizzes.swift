import Foundation
import PacketModel
import PacketLoading
@testable import QuizEngine

/// The seed article's quiz for every shipped audience, built once for all the tests that read it.
enum SeedQuizzes {
    struct Built: Sendable {
        var audience: Audience
        var quiz: QuizSet
    }

    static let model: ArticleModel = try! SeedFiles.model()

    static let all: [Built] = SeedAudiences.names.map { name in
        let audience = try! SeedAudiences.loader.load(name)
        return Built(audience: audience, quiz: try! QuizEngine.makeQuiz(for: model, audience: audience))
    }

    /// Every item of every audience's bank (two-part items and their parts alike).
    static var items: [(audience: String, item: QuizItem)] {
        all.flatMap { built in built.quiz.bank.map { (built.audience.name, $0) } }
    }

    /// Every text an item prints: stem, short stem, options, parts, explanation, rubric.
    static func texts(_ item: QuizItem) -> [String] {
        [item.stem] + (item.shortStem.map { [$0] } ?? []) + item.options + [item.explanation]
            + item.parts.flatMap { [$0.stem] + $0.options } + item.rubric.flatMap { [$0.criterion, $0.description] }
    }
}
