import Foundation
import PacketModel

/// Writes the audience's item bank as `teacher/quiz.moodle.xml`, Moodle's XML question format.
///
/// Every text is `plain_text` and XML-escaped. Choice items are `multichoice` (one answer,
/// `shuffleanswers` on), true-false items `truefalse`, numeric items `numerical` with their
/// tolerance, matching items `matching` (shuffled), short answers `shortanswer` (case-insensitive),
/// essays `essay` worth their rubric's points (`defaultgrade`) with the rubric as grader
/// information, which students never see. Ordering items are Moodle's `ordering` questions
/// (core since Moodle 4.4; all or nothing, like the printed key), or, with the audience's
/// `quiz.moodle_ordering: matching`, `matching` questions pairing each item with its place, for
/// older sites. Two-part items become two linked questions.
package struct MoodleXMLExporter: PacketRenderer {
    package var name: String { "moodle-xml" }
    static let path = "teacher/quiz.moodle.xml"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var leftOut = LeftOutItems(fileName: "quiz.moodle.xml")
        var xml = XMLBuilder()
        xml.open("quiz")
        let ordering = input.audience.quiz.moodleOrdering
        for (type, items) in itemsByType(LinkedParts.expanded(input.quiz.bank)) {
            let shaped = leftOut.shaped(items)
            guard !shaped.isEmpty else { continue }
            xml.within("question", [("type", "category")]) { xml in
                xml.within("category") { $0.element("text", [], moodleCategory(article: input.article, type: type)) }
            }
            for (item, shape) in shaped { question(item, shape, ordering: ordering, into: &xml) }
        }
        xml.close()
        var notes = leftOut.notes + LinkedParts.note(fileName: "quiz.moodle.xml", input.quiz.bank)
        let orderingIDs = input.quiz.bank.filter { $0.type == .ordering }.map(\.id)
        if !orderingIDs.isEmpty {
            notes.append(ordering == .ordering
                ? "quiz.moodle.xml: ordering items use Moodle's ordering question type (core since Moodle 4.4; a plugin before): "
                    + "\(orderingIDs.joined(separator: ", ")); for an older site set quiz.moodle_ordering: matching"
                : "quiz.moodle.xml: ordering asked as matching (each event matched with its place), as quiz.moodle_ordering asks: "
                    + orderingIDs.joined(separator: ", "))
        }
        return RenderOutput(files: [PacketFile(path: Self.path, data: try xml.document(Self.path))], notes: notes)
    }

    private func question(_ item: QuizItem, _ shape: ItemShape, ordering: MoodleOrdering, into xml: inout XMLBuilder) {
        let (stem, shape) = ordering == .matching ? shape.askedWithoutOrdering(stem: item.stem) : (item.stem, shape)
        xml.within("question", [("type", Self.moodleType(shape))]) { xml in
            xml.within("name") { $0.element("text", [], item.id) }
            text("questiontext", stem, into: &xml)
            text("generalfeedback", item.feedback, into: &xml)
            xml.element("defaultgrade", [], String(item.points))
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
        case .ordering(let order):
            // Moodle's ordering question: the items in their correct order (the importer numbers
            // them by position), all shown, graded all or nothing.
            xml.element("layouttype", [], "VERTICAL")
            xml.element("selecttype", [], "ALL")
            xml.element("selectcount", [], String(order.count))
            xml.element("gradingtype", [], "ALL_OR_NOTHING")
            xml.element("showgrading", [], "SHOW")
            xml.element("numberingstyle", [], "abc")
            for (index, entry) in order.enumerated() {
                xml.within("answer", [("fraction", String(index + 1)), ("format", "plain_text")]) { xml in
                    xml.element("text", [], entry)
                }
            }
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
        case .matching: "matching"
        case .ordering: "ordering"
        case .essay: "essay"
        }
    }
}
