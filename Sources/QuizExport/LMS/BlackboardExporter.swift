import Foundation
import PacketModel

/// Writes the audience's item bank as `teacher/quiz.blackboard.txt`, Blackboard's tab-delimited
/// question upload file: one question per row, no header, the first field naming the type
/// (`MC`, `TF`, `NUM`, `MAT`, `ORD`, `FIB`, `ESS`).
///
/// The format has no quoting, so tabs and line breaks inside a text become spaces, and a field
/// that starts like a formula (`=`, `+`, `-`, `@`) cannot be marked as text: a manifest note says so.
/// Blackboard shuffles choices, matches and ordering items itself. The format holds no feedback
/// and no points, and an essay's example answer can be shown to students, so explanations and
/// rubrics stay in the teacher's files; two-part items become two linked questions. Each loss is a note.
package struct BlackboardExporter: PacketRenderer {
    package var name: String { "blackboard" }
    static let path = "teacher/quiz.blackboard.txt"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var leftOut = LeftOutItems(fileName: "quiz.blackboard.txt")
        let rows = leftOut.shaped(LinkedParts.expanded(input.quiz.bank)).map { Self.row($0.item, $0.shape) }
        var notes = leftOut.notes + LinkedParts.note(fileName: "quiz.blackboard.txt", input.quiz.bank)
        notes.append("quiz.blackboard.txt: Blackboard's upload format holds no feedback or points: explanations, essay rubrics "
            + "and points are in \(QuizItem.rubricLocation); set essay points in Blackboard")
        if let formulas = TabSeparated.formulaNote(rows, file: "quiz.blackboard.txt", uploadTo: "Blackboard") { notes.append(formulas) }
        return RenderOutput(files: [PacketFile(path: Self.path, text: TabSeparated.file(rows))], notes: notes)
    }

    /// The row for one item: type code, question text, then the answer fields.
    static func row(_ item: QuizItem, _ shape: ItemShape) -> [String] {
        switch shape {
        case .choice(let options, let correct):
            return ["MC", item.stem] + options.enumerated().flatMap {
                [$0.element, $0.offset == correct ? "correct" : "incorrect"]
            }
        case .trueFalse(let truth):
            return ["TF", item.stem, truth ? "true" : "false"]
        case .number(let value, let tolerance):
            return ["NUM", item.stem, QuizItem.format(value), QuizItem.format(tolerance)]
        case .matching(let pairs):
            return ["MAT", item.stem] + pairs.flatMap { [$0.prompt, $0.match] }
        case .ordering(let order):
            return ["ORD", item.stem] + order
        case .text(let accepted):
            return ["FIB", item.stem] + accepted
        case .essay:
            return ["ESS", item.stem]
        }
    }
}
