import Foundation
import PacketModel
import PlainText
import Templating

/// Prints each quiz form for the classroom: `student/quiz-<form>.txt` (numbered questions, name
/// and date lines, instructions, no answers) and `teacher/answer-key-<form>.txt` (each answer
/// with its explanation and `[¶n]`, rubrics for essays).
///
/// Both come from the audience's Mustache templates `quiz-form` and `answer-key` (see
/// ``PrintedQuizContext`` for the names they may use) and are wrapped at the audience's line
/// width. Options are printed in the form's order, which the quiz engine has already shuffled.
package struct PrintedQuizRenderer: PacketRenderer {
    package var name: String { "printed-quiz" }

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        do {
            return try renderForms(input)
        } catch {
            // A template's problem is the template's: reported at its file, line and column.
            throw DiagnosticsError(error.problems.map {
                Diagnostic(file: $0.path, line: $0.line, column: $0.column, message: $0.message)
            })
        }
    }

    private func renderForms(_ input: RenderInput) throws(TemplateError) -> RenderOutput {
        let files = input.audience.templates.values.sorted { $0.name < $1.name }
            .map { TemplateFile(name: $0.name, path: $0.path, text: $0.text) }
        let library = try TemplateLibrary.shared(files)
        let reflow = TextReflow(width: input.audience.lineWidth)
        var output = RenderOutput()
        for form in input.quiz.forms {
            let context = PrintedQuizContext(input: input, form: form)
            let student = try library.render("quiz-form", context: context.studentCopy,
                                             shape: PrintedQuizContext.studentShape)
            let key = try library.render("answer-key", context: context.answerKey, shape: PrintedQuizContext.keyShape)
            output.files.append(PacketFile(path: "student/quiz-\(form.name).txt", text: reflow(student)))
            output.files.append(PacketFile(path: "teacher/answer-key-\(form.name).txt", text: reflow(key)))
        }
        if input.quiz.forms.isEmpty { output.notes.append("printed quiz: the quiz has no forms to print") }
        return output
    }
}
