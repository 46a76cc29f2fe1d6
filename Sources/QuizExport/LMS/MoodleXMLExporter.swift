import Foundation
import PacketModel

/// Writes the audience's item bank as `teacher/quiz.moodle.xml`, Moodle's XML question format.
///
/// Every text is `plain_text` and XML-escaped. Choice items are `multichoice` (one answer,
/// `shuffleanswers` on), true-false items `truefalse`, numeric items `numerical` with their
/// tolerance, matching items `matching` (shuffled), short answers `shortanswer` (case-insensitive),
/// essays `essay` with the rubric as grader information. Ordering items become `matching`
/// questions that pair each item with its place, which every Moodle version can import.
package struct MoodleXMLExporter: PacketRenderer {
    package var name: String { "moodle-xml" }
    static let path = "teacher/quiz.moodle.xml"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var leftOut = LeftOutItems(fileName: "quiz.moodle.xml")
        var xml = XMLBuilder()
        xml.open("quiz")
        for (type, items) in itemsByType(input.quiz.bank) {
            let shaped = leftOut.shaped(items)
            guard !shaped.isEmpty else { continue }
            xml.within("question", [("type", "category")]) { xml in
                xml.within("category") { $0.element("text", [], moodleCategory(article: input.article, type: type)) }
            }
            for (item, shape) in shaped { question(item, shape, into: &xml) }
        }
        xml.close()
        return RenderOutput(files: [PacketFile(path: Self.path, text: try xml.document(Self.path))], notes: leftOut.notes)
    }

    private func question(_ item: QuizItem, _ shape: ItemShape, into xml: inout XMLBuilder) {
        let (stem, shape) = shape.askedWithoutOrdering(stem: item.stem)
        xml.within("question", [("type", Self.moodleType(shape))]) { xml in
            xml.within("name") { $0.element("text", [], item.id) }
            text("questiontext", stem, into: &xml)
            text("generalfeedback", item.feedback, into: &xml)
            xml.element("defaultgrade", [], "1")
            xml.element("penalty", [], "0.3333333")
            xml.element("hidden", [], "0")
            xml.element("idnumber", [], item.id)
            body(item, shape, into: &xml)
        }
    }

    private func body(_ item: QuizItem, _ shape: ItemShape, into xml: inout XMLBuilder) {
        switch shape {
        case .choice(let options, let correct):
            xml.element("single", [], "true")
            xml.element("shuffleanswers", [], "true")
            xml.element("answernumbering", [], "abc")
            for (index, option) in options.enumerated() {
                answer(option, fraction: index == correct ? 100 : 0, into: &xml)
            }
        case .trueFalse(let truth):
            answer("true", fraction: truth ? 100 : 0, into: &xml)
            answer("false", fraction: truth ? 0 : 100, into: &xml)
        case .number(let value, let tolerance):
            xml.within("answer", [("fraction", "100"), ("format", "plain_text")]) { xml in
                xml.element("text", [], QuizItem.format(value))
                xml.element("tolerance", [], QuizItem.format(tolerance))
            }
        case .text(let accepted):
            xml.element("usecase", [], "0")
            for text in accepted { answer(text, fraction: 100, into: &xml) }
        case .matching(let pairs):
            xml.element("shuffleanswers", [], "true")
            for pair in pairs {
                xml.within("subquestion", [("format", "plain_text")]) { xml in
                    xml.element("text", [], pair.prompt)
                    xml.within("answer") { $0.element("text", [], pair.match) }
                }
            }
        case .ordering:
            break  // asked as matching above
        case .essay:
            xml.element("responseformat", [], "editor")
            xml.element("responserequired", [], "1")
            xml.element("responsefieldlines", [], "15")
            xml.element("attachments", [], "0")
            xml.element("attachmentsrequired", [], "0")
            text("graderinfo", item.rubricText, into: &xml)
            xml.within("responsetemplate", [("format", "plain_text")]) { $0.element("text") }
        }
    }

    private func text(_ name: String, _ content: String, into xml: inout XMLBuilder) {
        xml.within(name, [("format", "plain_text")]) { $0.element("text", [], content) }
    }

    private func answer(_ content: String, fraction: Int, into xml: inout XMLBuilder) {
        xml.within("answer", [("fraction", String(fraction)), ("format", "plain_text")]) { xml in
            xml.element("text", [], content)
        }
    }

    static func moodleType(_ shape: ItemShape) -> String {
        switch shape {
        case .choice: "multichoice"
        case .trueFalse: "truefalse"
        case .number: "numerical"
        case .text: "shortanswer"
        case .matching, .ordering: "matching"
        case .essay: "essay"
        }
    }
}
