import BriefingRenderer
import GuideRenderer
import PacketModel
import QuizEngine
import QuizExport
import WorkbookRenderer

/// The renderers and quiz engine that make a complete packet.
package enum StandardPacket {
    /// Every renderer of a packet, in manifest order.
    package static var renderers: [any PacketRenderer] {
        [NumberedArticleRenderer(), BriefingRenderer(), GuideRenderer(), WorkbookRenderer(), QuizExportRenderer()]
    }

    /// The quiz engine.
    package static let makeQuiz: PacketBuilder.QuizMaker = { article, audience, forms, seed, review in
        review ? try QuizEngine.makeReviewQuiz(for: article, audience: audience, forms: forms, seed: seed)
            : try QuizEngine.makeQuizWithNotes(for: article, audience: audience, forms: forms, seed: seed)
    }

    /// A builder with the standard renderers.
    package static func builder(version: String) -> PacketBuilder {
        PacketBuilder(renderers: renderers, makeQuiz: makeQuiz, generator: "packet \(version)")
    }
}
