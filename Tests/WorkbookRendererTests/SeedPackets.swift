import Foundation
import PacketLoading
import PacketModel
import QuizEngine
import TestHelpers
@testable import WorkbookRenderer

/// The repository's seed article with each shipped audience, as the build makes them: the
/// validated model, the audience from its `audience.yaml`, and the quiz engine's quiz.
enum SeedPackets {
    static let seedID = "isis-after-mosul"
    static let audienceNames = ["middle-school", "high-school", "university", "policy-staff"]

    static let model: ArticleModel? = try? ArticleLoader.load(
        folder: Tools.repository.appendingPathComponent("seeds/\(seedID)"), displayFolder: "seeds/\(seedID)").get()

    static func audience(_ name: String) throws -> Audience {
        try AudienceLoader(folder: Tools.repository.appendingPathComponent("templates"), displayFolder: "templates").load(name)
    }

    static func input(_ audienceName: String, adjust: (inout Audience) -> Void = { _ in }) throws -> RenderInput {
        guard let model else { throw TestSupport.Failure("the seed \(seedID) does not load") }
        var audience = try audience(audienceName)
        adjust(&audience)
        let quiz = try QuizEngine.makeQuiz(for: model, audience: audience)
        return RenderInput(article: model, audience: audience, quiz: quiz)
    }

    /// Every item the audience's students may meet: each form's items and the bank the LMS exports draw on.
    static func items(_ input: RenderInput) -> [QuizItem] {
        var seen: Set<String> = []
        return (input.quiz.forms.flatMap(\.items) + input.quiz.bank).filter { seen.insert($0.id).inserted }
    }
}
