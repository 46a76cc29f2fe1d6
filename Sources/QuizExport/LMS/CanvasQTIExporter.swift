import Foundation
import PacketModel

/// Writes the audience's item bank as `teacher/quiz.canvas-qti.zip`, a QTI 1.2 package as
/// Canvas's quiz importer reads it: `imsmanifest.xml`, `<id>/<id>.xml` (the assessment) and
/// `<id>/assessment_meta.xml` (quiz settings, with `shuffle_answers` on).
///
/// Question and feedback texts are HTML (`text/html`, escaped, line breaks as `<br>`); choices
/// are `text/plain`. Each question is worth its points (an essay its rubric's total). Ordering
/// items become `matching_question`s pairing each item with its place; two-part items become two
/// linked questions; essays' rubrics are left out of the feedback students see. Each change is a
/// note. The zip is byte-identical across runs.
package struct CanvasQTIExporter: PacketRenderer {
    package var name: String { "canvas-qti" }
    static let path = "teacher/quiz.canvas-qti.zip"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var leftOut = LeftOutItems(fileName: "quiz.canvas-qti.zip")
        let key = "\(input.article.id)/\(input.audience.name)"
        let quizID = StableIdentifier.make("canvas-quiz:" + key)
        let metaID = StableIdentifier.make("canvas-meta:" + key)
        let title = "\(input.article.metadata.title): quiz (\(input.audience.displayName))"

        let items = leftOut.shaped(LinkedParts.expanded(input.quiz.bank)).map { ($0.item, $0.shape) }
        let assessment = try CanvasQTIAssessment(identifier: quizID, title: title).xml(items)
        let meta = try assessmentMeta(quizID: quizID, title: title, key: key, points: items.reduce(0) { $0 + $1.0.points },
                                  audience: input.audience.displayName)
        let zip = try DeterministicZip.archive([
            ("imsmanifest.xml", try manifest(quizID: quizID, metaID: metaID, title: title, key: key)),
            ("\(quizID)/\(quizID).xml", assessment),
            ("\(quizID)/assessment_meta.xml", meta),
        ])
        return RenderOutput(files: [PacketFile(path: Self.path, data: zip)], notes: leftOut.notes + Self.notes(input.quiz.bank))
    }

    /// What the Canvas package changes or leaves out, for the manifest.
    static func notes(_ bank: [QuizItem]) -> [String] {
        var notes = LinkedParts.note(fileName: "quiz.canvas-qti.zip", bank)
        let ordering = bank.filter { $0.type == .ordering }.map(\.id)
        if !ordering.isEmpty {
            notes.append("quiz.canvas-qti.zip: ordering asked as matching (Canvas Classic Quizzes have no ordering question): "
                + ordering.joined(separator: ", "))
        }
        let essays = bank.filter { $0.answer == .rubric }.count
        if essays > 0 {
            notes.append("quiz.canvas-qti.zip: \(essays) essay rubric\(essays == 1 ? "" : "s") left out of the feedback students see; "
                + "the teacher finds them in \(QuizItem.rubricLocation)")
        }
        return notes
    }

    private func manifest(quizID: String, metaID: String, title: String, key: String) throws -> Data {
        var xml = XMLBuilder()
        xml.within("manifest", [
            ("identifier", StableIdentifier.make("canvas-manifest:" + key)),
            ("xmlns", "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"),
            ("xmlns:lom", "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource"),
            ("xmlns:imsmd", "http://www.imsglobal.org/xsd/imsmd_v1p2"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd"),
        ]) { xml in
            xml.within("metadata") { xml in
                xml.element("schema", [], "IMS Content")
                xml.element("schemaversion", [], "1.1.3")
                xml.within("imsmd:lom") { xml in
                    xml.within("imsmd:general") { xml in
                        xml.within("imsmd:title") { $0.element("imsmd:string", [], title) }
                    }
                }
            }
            xml.element("organizations")
            xml.within("resources") { xml in
                xml.within("resource", [("identifier", quizID), ("type", "imsqti_xmlv1p2")]) { xml in
                    xml.element("file", [("href", "\(quizID)/\(quizID).xml")])
                    xml.element("dependency", [("identifierref", metaID)])
                }
                xml.within("resource", [("identifier", metaID),
                                        ("type", "associatedcontent/imscc_xmlv1p1/learning-application-resource"),
                                        ("href", "\(quizID)/assessment_meta.xml")]) { xml in
                    xml.element("file", [("href", "\(quizID)/assessment_meta.xml")])
                }
            }
        }
        return try xml.document("quiz.canvas-qti.zip: imsmanifest.xml")
    }

    private func assessmentMeta(quizID: String, title: String, key: String, points: Int, audience: String) throws -> Data {
        let total = "\(points).0"
        var xml = XMLBuilder()
        xml.within("quiz", [
            ("identifier", quizID),
            ("xmlns", "http://canvas.instructure.com/xsd/cccv1p0"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd"),
        ]) { xml in
            xml.element("title", [], title)
            xml.element("description", [], HTMLText.paragraph("Question bank for \(audience)."))
            xml.element("shuffle_answers", [], "true")
            xml.element("scoring_policy", [], "keep_highest")
            xml.element("hide_results")
            xml.element("quiz_type", [], "assignment")
            xml.element("points_possible", [], total)
            xml.element("require_lockdown_browser", [], "false")
            xml.element("show_correct_answers", [], "true")
            xml.element("anonymous_submissions", [], "false")
            xml.element("could_be_locked", [], "false")
            xml.element("allowed_attempts", [], "1")
            xml.element("one_question_at_a_time", [], "false")
            xml.element("cant_go_back", [], "false")
            xml.element("available", [], "false")
            xml.element("one_time_results", [], "false")
            xml.element("show_correct_answers_last_attempt", [], "false")
            xml.element("only_visible_to_overrides", [], "false")
            xml.element("module_locked", [], "false")
            xml.within("assignment", [("identifier", StableIdentifier.make("canvas-assignment:" + key))]) { xml in
                xml.element("title", [], title)
                xml.element("workflow_state", [], "unpublished")
                xml.element("quiz_identifierref", [], quizID)
                xml.element("points_possible", [], total)
                xml.element("grading_type", [], "points")
                xml.element("submission_types", [], "online_quiz")
            }
            xml.element("assignment_group_identifierref", [], StableIdentifier.make("canvas-group:" + key))
        }
        return try xml.document("quiz.canvas-qti.zip: assessment_meta.xml")
    }
}
