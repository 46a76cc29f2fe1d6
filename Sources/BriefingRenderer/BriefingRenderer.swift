import PacketModel
import PlainText
import Templating

/// Writes `student/briefing.txt`: the article explained for one audience, from the audience's
/// `briefing` template, wrapped to its line width, measured against its word budget and its
/// reading level.
package struct BriefingRenderer: PacketRenderer {
    package let name = "briefing"

    /// The file the briefing is written to, relative to the packet folder.
    package static let path = "student/briefing.txt"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        let audience = input.audience
        // Over budget at the audience's limits, the briefing shows fewer list entries until it fits.
        let fitted = try FittedBriefing(article: input.article, audience: audience)
        let rendered = fitted.rendered, text = fitted.text, lines = fitted.lines
        let score = Self.readability(of: rendered)
        var warnings: [String] = []
        let grade = (score.fleschKincaidGrade * 10).rounded() / 10
        // A review copy's text is the drafter's guesses and the editor's placeholders left out:
        // its grade says nothing about the finished briefing.
        // Harder than the audience reads is a problem to fix; easier is plain language, worth a note only.
        var levelNotes: [String] = []
        if score.words > 0, !input.isDraft, score.fleschKincaidGrade > audience.readingLevel.upperBound {
            warnings.append("briefing: reading level is grade \(grade) (Flesch–Kincaid), above the \(audience.displayName) "
                + "range \(audience.readingLevel.lowerBound)–\(audience.readingLevel.upperBound)")
        } else if score.words > 0, !input.isDraft, score.fleschKincaidGrade < audience.readingLevel.lowerBound {
            levelNotes.append("briefing: reads at grade \(grade) (Flesch–Kincaid), easier than the \(audience.displayName) "
                + "range \(audience.readingLevel.lowerBound)–\(audience.readingLevel.upperBound): plain language, nothing to fix")
        }
        let words = RunningText.wordCount(of: rendered)
        if let problem = fitted.problem {
            guard !audience.isShipped else { throw DiagnosticsError([problem]) }
            warnings.append("briefing: \(problem.message) (budget set in \(problem.file):\(problem.line))")
        }
        return RenderOutput(
            files: [PacketFile(path: Self.path, text: text)],
            notes: (fitted.note.map { [$0] } ?? []) + levelNotes,
            warnings: warnings,
            metrics: [
                "briefing.flesch_kincaid_grade": (score.fleschKincaidGrade * 100).rounded() / 100,
                "briefing.flesch_reading_ease": (score.fleschReadingEase * 100).rounded() / 100,
                "briefing.words": Double(words),
                "briefing.lines": Double(lines),
            ])
    }

    /// The briefing text: rendered, then wrapped to the audience's width with hanging indents;
    /// over budget, with fewer list entries until it fits (as `render` writes it).
    package static func briefing(article: ArticleModel, audience: Audience) throws -> String {
        try FittedBriefing(article: article, audience: audience).text
    }

    /// The briefing as the templates render it, one paragraph or list item per line.
    package static func rendered(article: ArticleModel, audience: Audience) throws -> String {
        try TemplateRendering.render("briefing", audience: audience,
                                     context: BriefingContext(article: article, audience: audience).value,
                                     shape: BriefingShape.shape)
    }

    /// The readability of the briefing's running text — prose paragraphs and list items that read
    /// as sentences — measured on the rendering before wrapping; headings, labels and citations
    /// such as `[¶3]` are left out.
    package static func readability(of rendered: String) -> ReadabilityScore {
        Readability.measure(RunningText.sentences(of: rendered))
    }

    /// The problem when the briefing is longer than the audience's budget, naming each section's
    /// word count so the template or the limit to change is plain; nil within budget.
    static func overBudget(rendered: String, lines: Int, audience: Audience) -> Diagnostic? {
        guard let budget = audience.briefingBudget else { return nil }
        let sections = RunningText.sections(of: rendered)
        let words = sections.reduce(0) { $0 + $1.words }
        var over: [String] = []
        var location = budget.location
        if let max = budget.maxLines, lines > max {
            over.append("\(lines) lines, over its limit of \(max) (briefing.max_lines)")
            location = budget.linesLocation ?? location
        }
        if let max = budget.maxWords, words > max {
            over.insert("\(words) words, over its budget of \(max) (briefing.max_words)", at: 0)
            location = budget.location
        }
        guard !over.isEmpty else { return nil }
        let counts = sections.map { "\($0.title) \($0.words)" }.joined(separator: ", ")
        let fix = audience.isShipped ? "" : " (a warning: only the shipped audiences fail the build)"
        return Diagnostic(file: location.file, line: location.line, column: location.column,
                          severity: audience.isShipped ? .error : .warning,
                          message: "the \(audience.name) briefing has \(over.joined(separator: " and ")); words by section: "
                            + "\(counts). Shorten the templates, lower briefing.limits, or raise the budget\(fix)")
    }
}
