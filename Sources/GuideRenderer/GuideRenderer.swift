import PacketModel
import PlainText
import Templating

/// Writes `teacher/guide.txt`: a lesson plan a substitute could teach from — objectives,
/// standards, a timed plan that adds up to the period, model answers and rubrics, guidance on
/// sensitive content, what happened after publication, an exit ticket and where the keys are —
/// from the audience's `guide` template, wrapped to its line width.
package struct GuideRenderer: PacketRenderer {
    package let name = "guide"

    /// The file the guide is written to, relative to the packet folder.
    package static let path = "teacher/guide.txt"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        let text = try Self.guide(article: input.article, audience: input.audience, quiz: input.quiz)
        return RenderOutput(files: [PacketFile(path: Self.path, text: text)],
                            metrics: ["guide.lesson_minutes": Double(input.audience.guide.minutes)])
    }

    /// The guide: rendered, then wrapped to the audience's width with hanging indents.
    package static func guide(article: ArticleModel, audience: Audience, quiz: QuizSet) throws -> String {
        let context = GuideContext(article: article, audience: audience, quiz: quiz)
        let files = audience.templates.values.sorted { $0.name < $1.name }
            .map { TemplateFile(name: $0.name, path: $0.path, text: $0.text) }
        do {
            let rendered = try TemplateLibrary.shared(files).render("guide", context: context.value, shape: GuideShape.shape)
            return TextReflow(width: audience.lineWidth)(rendered)
        } catch {
            throw DiagnosticsError(error.problems.map {
                Diagnostic(file: $0.path, line: $0.line, column: $0.column, message: $0.message)
            })
        }
    }
}
