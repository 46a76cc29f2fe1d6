import Foundation
import PacketModel

/// The QTI 1.2 assessment document of a Canvas quiz: one `<item>` per bank item, with Canvas's
/// `question_type` metadata and response processing that scores 100 for a right answer.
struct CanvasQTIAssessment {
    var identifier: String
    var title: String

    func xml(_ items: [(QuizItem, ItemShape)]) throws -> Data {
        var xml = XMLBuilder()
        xml.within("questestinterop", [
            ("xmlns", "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"),
        ]) { xml in
            xml.within("assessment", [("ident", identifier), ("title", title)]) { xml in
                xml.within("qtimetadata") { field("cc_maxattempts", "1", into: &$0) }
                xml.within("section", [("ident", "root_section")]) { xml in
                    for (index, entry) in items.enumerated() {
                        item(entry.0, entry.1, number: index + 1, into: &xml)
                    }
                }
            }
        }
        return try xml.document("quiz.canvas-qti.zip: \(identifier).xml")
    }

    /// Canvas's name for the question type a shape becomes.
    static func questionType(_ shape: ItemShape) -> String {
        switch shape {
        case .choice: "multiple_choice_question"
        case .trueFalse: "true_false_question"
        case .number: "numerical_question"
        case .text: "short_answer_question"
        case .matching, .ordering: "matching_question"
        case .essay: "essay_question"
        }
    }

    private func item(_ item: QuizItem, _ shape: ItemShape, number: Int, into xml: inout XMLBuilder) {
        let (stem, shape) = shape.askedWithoutOrdering(stem: item.stem)
        let choices = Self.choices(shape, base: number * 1000)
        let itemID = StableIdentifier.make("\(identifier)/\(item.id)")
        // Canvas shows general feedback to students: an essay's rubric stays in the teacher's files.
        let feedback = item.feedback
        xml.within("item", [("ident", itemID), ("title", item.id)]) { xml in
            xml.within("itemmetadata") { xml in
                xml.within("qtimetadata") { xml in
                    field("question_type", Self.questionType(shape), into: &xml)
                    field("points_possible", "\(item.points).0", into: &xml)
                    field("original_answer_ids", choices.map(\.id).joined(separator: ","), into: &xml)
                    field("assessment_question_identifierref", StableIdentifier.make("question:" + itemID), into: &xml)
                }
            }
            xml.within("presentation") { xml in
                material(HTMLText.paragraph(stem), html: true, into: &xml)
                presentation(shape, choices, into: &xml)
            }
            xml.within("resprocessing") { xml in
                xml.within("outcomes") {
                    $0.element("decvar", [("maxvalue", "100"), ("minvalue", "0"), ("varname", "SCORE"),
                                          ("vartype", "Decimal")])
                }
                if !feedback.isEmpty {
                    xml.within("respcondition", [("continue", "Yes")]) { xml in
                        xml.within("conditionvar") { $0.element("other") }
                        xml.element("displayfeedback", [("feedbacktype", "Response"), ("linkrefid", "general_fb")])
                    }
                }
                scoring(shape, choices, into: &xml)
            }
            if !feedback.isEmpty {
                xml.within("itemfeedback", [("ident", "general_fb")]) { xml in
                    xml.within("flow_mat") { material(HTMLText.paragraph(feedback), html: true, into: &$0) }
                }
            }
        }
    }

    /// Answer choices with their Canvas ids: options, True/False, or a matching item's matches.
    private static func choices(_ shape: ItemShape, base: Int) -> [(id: String, text: String)] {
        let texts: [String]
        switch shape {
        case .choice(let options, _): texts = options
        case .trueFalse: texts = ["True", "False"]
        case .matching(let pairs):
            texts = pairs.map(\.match).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        default: texts = []
        }
        return texts.enumerated().map { (String(base + $0.offset), $0.element) }
    }

    private func presentation(_ shape: ItemShape, _ choices: [(id: String, text: String)],
                              into xml: inout XMLBuilder) {
        switch shape {
        case .choice, .trueFalse:
            xml.within("response_lid", [("ident", "response1"), ("rcardinality", "Single")]) { xml in
                renderChoice(choices, into: &xml)
            }
        case .matching(let pairs):
            for (index, pair) in pairs.enumerated() {
                xml.within("response_lid", [("ident", "response_\(index + 1)")]) { xml in
                    material(pair.prompt, html: false, into: &xml)
                    renderChoice(choices, into: &xml)
                }
            }
        case .number:
            xml.within("response_str", [("ident", "response1"), ("rcardinality", "Single")]) { xml in
                xml.within("render_fib", [("fibtype", "Decimal")]) { $0.element("response_label", [("ident", "answer1")]) }
            }
        case .text, .essay, .ordering:
            xml.within("response_str", [("ident", "response1"), ("rcardinality", "Single")]) { xml in
                xml.within("render_fib") { $0.element("response_label", [("ident", "answer1"), ("rshuffle", "No")]) }
            }
        }
    }

    private func scoring(_ shape: ItemShape, _ choices: [(id: String, text: String)], into xml: inout XMLBuilder) {
        switch shape {
        case .choice(_, let correct):
            setCorrect(into: &xml) { $0.element("varequal", [("respident", "response1")], choices[correct].id) }
        case .trueFalse(let truth):
            setCorrect(into: &xml) { $0.element("varequal", [("respident", "response1")], choices[truth ? 0 : 1].id) }
        case .number(let value, let tolerance):
            setCorrect(into: &xml) { xml in
                xml.within("or") { xml in
                    xml.element("varequal", [("respident", "response1")], QuizItem.format(value))
                    xml.within("and") { xml in
                        xml.element("vargte", [("respident", "response1")], QuizItem.format(value - tolerance))
                        xml.element("varlte", [("respident", "response1")], QuizItem.format(value + tolerance))
                    }
                }
            }
        case .text(let accepted):
            setCorrect(into: &xml) { xml in
                for answer in accepted { xml.element("varequal", [("respident", "response1")], answer) }
            }
        case .matching(let pairs):
            let share = QuizItem.format((100.0 / Double(pairs.count) * 100).rounded() / 100)
            for (index, pair) in pairs.enumerated() {
                guard let match = choices.first(where: { $0.text == pair.match }) else { continue }
                xml.within("respcondition") { xml in
                    xml.within("conditionvar") { $0.element("varequal", [("respident", "response_\(index + 1)")], match.id) }
                    xml.element("setvar", [("varname", "SCORE"), ("action", "Add")], share)
                }
            }
        case .essay, .ordering:
            xml.within("respcondition", [("continue", "No")]) { xml in
                xml.within("conditionvar") { $0.element("other") }
            }
        }
    }

    private func setCorrect(into xml: inout XMLBuilder, _ condition: (inout XMLBuilder) -> Void) {
        xml.within("respcondition", [("continue", "No")]) { xml in
            xml.within("conditionvar", [], condition)
            xml.element("setvar", [("action", "Set"), ("varname", "SCORE")], "100")
        }
    }

    private func renderChoice(_ choices: [(id: String, text: String)], into xml: inout XMLBuilder) {
        xml.within("render_choice") { xml in
            for choice in choices {
                xml.within("response_label", [("ident", choice.id)]) { material(choice.text, html: false, into: &$0) }
            }
        }
    }

    private func material(_ text: String, html: Bool, into xml: inout XMLBuilder) {
        xml.within("material") { $0.element("mattext", [("texttype", html ? "text/html" : "text/plain")], text) }
    }

    private func field(_ label: String, _ entry: String, into xml: inout XMLBuilder) {
        xml.within("qtimetadatafield") { xml in
            xml.element("fieldlabel", [], label)
            xml.element("fieldentry", [], entry)
        }
    }
}
