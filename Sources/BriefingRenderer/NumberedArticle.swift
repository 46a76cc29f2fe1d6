import PacketModel
import PlainText
import Templating

/// Writes `student/article.txt`: the article as students read it, every body paragraph numbered
/// `¶1`, `¶2`, … so that each `[¶n]` of the briefing, the quizzes and the guide points somewhere.
///
/// Above the paragraphs comes the audience's `article-header` template (content advisory, headline,
/// source line with what is inferred, the original's address and licence). The paragraphs are the
/// model's, word for word: lines break only at single spaces, so joining a paragraph's lines with
/// one space gives its text back exactly.
package struct NumberedArticleRenderer: PacketRenderer {
    package let name = "article"

    /// The file the article is written to, relative to the packet folder.
    package static let path = "student/article.txt"

    /// The adapted text, for an audience that reads an adaptation (`article: grades-6-8`).
    package static let adaptedPath = "student/article-adapted.txt"

    package init() {}

    /// The original, always; the adaptation the class reads, when it reads one (with its measured
    /// grade in the metrics). An audience whose first choice the model lacks gets a warning, or a
    /// note when it listed the original as its fallback.
    package func render(_ input: RenderInput) throws -> RenderOutput {
        var output = RenderOutput(files: [PacketFile(path: Self.path, text: try Self.text(article: input.article, audience: input.audience))])
        let reading = ReadingText(article: input.article, audience: input.audience)
        if let message = reading.fallbackMessage {
            if reading.originalListed { output.notes.append(message) } else { output.warnings.append("article: " + message) }
        }
        if let adaptation = reading.adaptation {
            output.files.append(PacketFile(path: Self.adaptedPath,
                                           text: try Self.adaptedText(article: input.article, adaptation: adaptation, audience: input.audience)))
            output.metrics["article.adapted.flesch_kincaid_grade"] = (Self.grade(of: adaptation) * 100).rounded() / 100
        }
        return output
    }

    /// The whole file: the rendered header, then the numbered paragraphs.
    package static func text(article: ArticleModel, audience: Audience) throws -> String {
        let body = paragraphs(article.paragraphs, width: audience.lineWidth)
        return try header(article: article, audience: audience, adaptation: nil) + "\n" + body
    }

    /// The adapted file: the header (saying which version it is), every paragraph under the
    /// original's number — a paragraph left out keeps its number and a bracketed line —, then the
    /// adaptation's glossary.
    package static func adaptedText(article: ArticleModel, adaptation: Adaptation, audience: Audience) throws -> String {
        let width = audience.lineWidth
        let numbers = adaptation.paragraphs.map { "¶\($0.number)".count }.max() ?? 2
        let indent = String(repeating: " ", count: numbers + 2)
        let body = adaptation.paragraphs.map { paragraph in
            let marker = "¶\(paragraph.number)"
            let first = marker + String(repeating: " ", count: indent.count - marker.count)
            let pieces = paragraph.omitted == nil ? paragraph.text : [ReadingText.omittedLine]
            return pieces.enumerated().map { index, piece in
                wrap(piece, width: width, firstIndent: index == 0 ? first : indent, indent: indent).joined(separator: "\n")
            }.joined(separator: "\n\n")
        }.joined(separator: "\n\n") + "\n"
        var glossary = ""
        if !adaptation.glossary.isEmpty {
            glossary = "\nWORDS TO KNOW\n\n" + adaptation.glossary.map { entry in
                wrap("\(entry.term): \(entry.definition)", width: width, firstIndent: "- ", indent: "  ").joined(separator: "\n")
            }.joined(separator: "\n") + "\n"
        }
        return try header(article: article, audience: audience, adaptation: adaptation) + "\n" + body + glossary
    }

    /// The adaptation's Flesch–Kincaid grade, measured as the model's validator measures it.
    package static func grade(of adaptation: Adaptation) -> Double {
        Readability.measure(adaptation.adaptedParagraphs.flatMap(\.text).joined(separator: "\n")).fleschKincaidGrade
    }

    private static func header(article: ArticleModel, audience: Audience, adaptation: Adaptation?) throws -> String {
        let context = ArticleHeaderContext(article: article, audience: audience, adaptation: adaptation)
        let header = try TemplateRendering.render("article-header", audience: audience, context: context.value,
                                                  shape: ArticleHeaderContext.shape)
        return TextReflow(width: audience.lineWidth)(header)
    }

    /// Each paragraph as `¶N` and its text with a hanging indent, the text of every paragraph
    /// starting in the same column (`¶9   …`, `¶10  …`), a blank line between paragraphs.
    package static func paragraphs(_ paragraphs: [Paragraph], width: Int) -> String {
        let widest = paragraphs.map { "¶\($0.number)".count }.max() ?? 2
        let indent = String(repeating: " ", count: widest + 2)
        return paragraphs.map { paragraph in
            let marker = "¶\(paragraph.number)"
            let first = marker + String(repeating: " ", count: indent.count - marker.count)
            return wrap(paragraph.text, width: width, firstIndent: first, indent: indent).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    /// The paragraph's text and its number, read back from a file written by ``paragraphs(_:width:)``.
    package static func readBack(_ text: String) -> [(number: Int, text: String)] {
        var result: [(Int, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("¶"), let number = Int(line.dropFirst().prefix { $0.isNumber }) {
                let rest = line.drop { $0 != " " }.drop { $0 == " " }
                result.append((number, String(rest)))
            } else if line.hasPrefix(" "), !result.isEmpty, !line.allSatisfy({ $0 == " " }) {
                result[result.count - 1].1 += " " + line.drop { $0 == " " }
            }
        }
        return result
    }

    /// Breaks `text` at single spaces into lines of at most `width` characters (a piece longer than
    /// the room stands alone). Runs of spaces stay inside a piece, so no line starts or ends with a
    /// space and the text is kept exactly.
    static func wrap(_ text: String, width: Int, firstIndent: String, indent: String) -> [String] {
        let pieces = breakable(text)
        var lines: [String] = []
        var line = firstIndent
        var empty = true
        for piece in pieces {
            if empty {
                line += piece
                empty = false
            } else if line.count + 1 + piece.count <= width {
                line += " " + piece
            } else {
                lines.append(line)
                line = indent + piece
            }
        }
        lines.append(line)
        return lines
    }

    /// The text split at every space that has a non-space on both sides.
    static func breakable(_ text: String) -> [String] {
        let characters = Array(text)
        var pieces: [String] = []
        var current = ""
        for (i, c) in characters.enumerated() {
            let single = c == " " && i > 0 && i < characters.count - 1 && characters[i - 1] != " " && characters[i + 1] != " "
            if single {
                pieces.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}

/// The values `article-header.mustache` may use (see `templates/README.md`).
struct ArticleHeaderContext {
    let article: ArticleModel
    let audience: Audience
    /// The adaptation this copy prints; `nil` for the original.
    var adaptation: Adaptation? = nil

    var value: TemplateValue {
        let meta = article.metadata
        let source: TemplateValue = meta.source.map { source in
            .record(["url": .text(source.url), "license": .text(source.license),
                     "retrieved": .text(DateWording.words(source.retrieved))])
        } ?? .absent
        return .record([
            "title": .text(meta.title),
            "dek": .optional(meta.dek),
            "outlet": .text(meta.outlet),
            "outletInferred": .flag(meta.outletInferred),
            "published": .text(DateWording.words(meta.published.date)),
            "publishedInferred": .flag(meta.published.inferred),
            "byline": .text(meta.author.map { "by \($0)" } ?? "author not named"),
            "source": source,
            "advisory": .record([
                "show": .flag(meta.advisory.level != .none),
                "level": .text(meta.advisory.level.rawValue),
                "topics": .text(meta.advisory.topics.joined(separator: "; ")),
            ]),
            "paragraphCount": .text(String(article.paragraphs.count)),
            "adapted": adaptation.map { adaptation in
                .record(["band": .text(adaptation.bandWords),
                         "grade": .text(String((NumberedArticleRenderer.grade(of: adaptation) * 10).rounded() / 10)),
                         "hasOmitted": .flag(adaptation.paragraphs.contains { $0.omitted != nil }),
                         "hasGlossary": .flag(!adaptation.glossary.isEmpty)])
            } ?? .absent,
            "audience": .record(["name": .text(audience.name), "displayName": .text(audience.displayName),
                                 "description": .text(audience.description)]),
        ])
    }

    static let shape = TemplateShape.record([
        "title": .text, "dek": .text, "outlet": .text, "outletInferred": .flag, "published": .text,
        "publishedInferred": .flag, "byline": .text,
        "source": .record(["url": .text, "license": .text, "retrieved": .text]),
        "advisory": .record(["show": .flag, "level": .text, "topics": .text]),
        "paragraphCount": .text,
        "adapted": .record(["band": .text, "grade": .text, "hasOmitted": .flag, "hasGlossary": .flag]),
        "audience": .record(["name": .text, "displayName": .text, "description": .text]),
    ])
}

/// Renders one of an audience's templates with `file:line:col` diagnostics.
enum TemplateRendering {
    static func render(_ name: String, audience: Audience, context: TemplateValue, shape: TemplateShape) throws -> String {
        let files = audience.templates.values.sorted { $0.name < $1.name }
            .map { TemplateFile(name: $0.name, path: $0.path, text: $0.text) }
        do {
            return try TemplateLibrary.shared(files).render(name, context: context, shape: shape)
        } catch {
            throw DiagnosticsError(error.problems.map {
                Diagnostic(file: $0.path, line: $0.line, column: $0.column, message: $0.message)
            })
        }
    }
}
