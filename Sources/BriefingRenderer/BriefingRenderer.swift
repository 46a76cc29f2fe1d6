import PacketModel
import PlainText
import Templating

/// Writes `student/briefing.txt`: the article explained for one audience, from the audience's
/// `briefing` template, wrapped to its line width, with its measured reading level.
package struct BriefingRenderer: PacketRenderer {
    package let name = "briefing"

    /// The file the briefing is written to, relative to the packet folder.
    package static let path = "student/briefing.txt"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        let audience = input.audience
        let text = try Self.briefing(article: input.article, audience: audience)
        let score = Self.readability(of: text)
        var warnings: [String] = []
        let grade = (score.fleschKincaidGrade * 10).rounded() / 10
        if score.words > 0, !audience.readingLevel.contains(score.fleschKincaidGrade) {
            warnings.append("briefing: reading level is grade \(grade) (Flesch–Kincaid), outside the \(audience.displayName) "
                + "range \(audience.readingLevel.lowerBound)–\(audience.readingLevel.upperBound)")
        }
        return RenderOutput(
            files: [PacketFile(path: Self.path, text: text)],
            warnings: warnings,
            metrics: [
                "briefing.flesch_kincaid_grade": (score.fleschKincaidGrade * 100).rounded() / 100,
                "briefing.flesch_reading_ease": (score.fleschReadingEase * 100).rounded() / 100,
            ])
    }

    /// The briefing text: rendered, then wrapped to the audience's width with hanging indents.
    package static func briefing(article: ArticleModel, audience: Audience) throws -> String {
        let files = audience.templates.values.sorted { $0.name < $1.name }
            .map { TemplateFile(name: $0.name, path: $0.path, text: $0.text) }
        do {
            let library = try TemplateLibrary(files)
            let context = BriefingContext(article: article, audience: audience).value
            let rendered = try library.render("briefing", context: context, shape: BriefingShape.shape)
            return TextReflow(width: audience.lineWidth)(rendered)
        } catch {
            throw DiagnosticsError(error.problems.map {
                Diagnostic(file: $0.path, line: $0.line, column: $0.column, message: $0.message)
            })
        }
    }

    /// The readability of the briefing's running prose: headings, labels and list items are left out,
    /// and so are citations such as `[¶3]`.
    package static func readability(of briefing: String) -> ReadabilityScore {
        let prose = ProseParagraphs.of(briefing).map { paragraph in
            paragraph.split(separator: " ").filter { !$0.hasPrefix("[¶") }.joined(separator: " ")
        }
        return Readability.measure(prose.joined(separator: "\n"))
    }
}
