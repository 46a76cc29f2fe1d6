import PacketModel
import PlainText
import Templating

extension GuideContext {
    /// Which text the class reads (`audience.yaml` `article:`), how hard it reads, and what an
    /// adaptation leaves out and why.
    var readingTextFields: [String: TemplateValue] {
        let reading = ReadingText(article: article, audience: audience)
        let original = Readability.measure(article.paragraphs.map(\.text).joined(separator: "\n")).fleschKincaidGrade
        var fields: [String: TemplateValue] = [
            "adapted": .flag(reading.isAdapted),
            "name": .text(reading.name),
            "file": .text(reading.isAdapted ? "student/article-adapted.txt" : "student/article.txt"),
            "originalGrade": .text(Self.oneDecimal(original)),
            "grade": .text(Self.oneDecimal(original)),
            "fallback": .optional(reading.fallbackMessage),
            "band": .absent,
            "omitted": .list([]), "hasOmitted": .flag(false), "glossaryCount": .text("0"),
            "hasGlossary": .flag(false),
        ]
        if let adaptation = reading.adaptation {
            let grade = Readability.measure(adaptation.adaptedParagraphs.flatMap(\.text).joined(separator: "\n")).fleschKincaidGrade
            let omitted = adaptation.paragraphs.compactMap { paragraph in
                paragraph.omitted.map { TemplateValue.record(["citation": .text("[¶\(paragraph.number)]"), "reason": .text(names($0))]) }
            }
            fields["band"] = .text(adaptation.bandWords)
            fields["grade"] = .text(Self.oneDecimal(grade))
            fields["omitted"] = .list(omitted)
            fields["hasOmitted"] = .flag(!omitted.isEmpty)
            fields["glossaryCount"] = .text(String(adaptation.glossary.count))
            fields["hasGlossary"] = .flag(!adaptation.glossary.isEmpty)
        }
        return ["text": .record(fields)]
    }

    static func oneDecimal(_ value: Double) -> String { String((value * 10).rounded() / 10) }

    /// The names under `text` (see `templates/README.md`).
    static let readingTextShape = TemplateShape.record([
        "adapted": .flag, "name": .text, "file": .text, "band": .text, "grade": .text, "originalGrade": .text,
        "fallback": .text, "omitted": .list(.record(["citation": .text, "reason": .text])), "hasOmitted": .flag,
        "glossaryCount": .text, "hasGlossary": .flag,
    ])
}
