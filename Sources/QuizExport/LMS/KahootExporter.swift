import Foundation
import PacketModel
import XlsxWriter

/// Writes the audience's choice items as `teacher/quiz.kahoot.xlsx`, laid out like Kahoot's
/// quiz spreadsheet template: a header row on row 8 (`Question`, `Answer 1`–`Answer 4`,
/// `Time limit (sec)`, `Correct answer(s)`) and one question a row from row 9.
///
/// Kahoot asks only choice questions with at most four answers: other items are left out and
/// noted. Questions longer than 120 characters and answers longer than 75 are shortened with
/// `…` and noted; line breaks and tabs become spaces. The time limit is the allowed value
/// nearest the audience's seconds per question. Every text is a string cell, so text starting
/// with `=`, `+`, `-` or `@` is never read as a formula.
package struct KahootExporter: PacketRenderer {
    package var name: String { "kahoot" }
    static let path = "teacher/quiz.kahoot.xlsx"
    static let questionLimit = 120
    static let answerLimit = 75
    static let timeLimits = [5, 10, 20, 30, 60, 90, 120, 240]
    /// 0-based row of the column headers (row 8 in Excel), as in Kahoot's template.
    static let headerRow = 7
    static let headers = [
        "#", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
        "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
        "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one",
    ]

    package init() {}

    /// One Kahoot question row.
    struct Row: Hashable {
        var question: String
        var answers: [String]
        /// 1-based.
        var correct: Int
    }

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var leftOut = LeftOutItems(fileName: "quiz.kahoot.xlsx")
        var shortened: [String] = []
        var rows: [Row] = []
        for (item, shape) in leftOut.shaped(input.quiz.bank) {
            guard let asked = Self.choices(shape) else { leftOut.unsupported(item); continue }
            guard asked.options.count <= 4 else { leftOut.leaveOut(item, because: "more than 4 answers"); continue }
            let question = Self.fit(item.stem, Self.questionLimit)
            let answers = asked.options.map { Self.fit($0, Self.answerLimit) }
            guard Set(answers.map(\.text)).count == answers.count else {
                leftOut.leaveOut(item, because: "answers alike once cut to 75 characters"); continue
            }
            if question.wasCut || answers.contains(where: \.wasCut) { shortened.append(item.id) }
            rows.append(Row(question: question.text, answers: answers.map(\.text), correct: asked.correct + 1))
        }
        let seconds = Self.timeLimit(input.audience.quiz.secondsPerQuestion)
        let title = "\(input.article.metadata.title): quiz (\(input.audience.displayName))"
        let written = try Workbook.data { workbook in
            try workbook.setProperties(DocumentProperties(title: title))
            try Self.fill(try workbook.addWorksheet("Sheet1"), workbook: workbook, title: title, rows: rows, seconds: seconds)
        }
        var notes = leftOut.notes
        if !shortened.isEmpty {
            let named = shortened.prefix(5).joined(separator: ", ")
            let more = shortened.count > 5 ? " and \(shortened.count - 5) more" : ""
            notes.append("quiz.kahoot.xlsx: shortened \(shortened.count) item\(shortened.count == 1 ? "" : "s") to Kahoot's "
                + "limits (questions 120 characters, answers 75): \(named)\(more)")
        }
        notes += written.warnings.map { "quiz.kahoot.xlsx: \($0)" }
        return RenderOutput(files: [PacketFile(path: Self.path, data: written.data)], notes: notes)
    }

    private static func fill(_ sheet: Worksheet, workbook: Workbook, title: String, rows: [Row], seconds: Int) throws {
        let bold = try workbook.format(FormatSpec().with { $0.bold = true })
        let header = try workbook.format(FormatSpec().with { $0.bold = true; $0.wrap = true })
        try sheet.write(title, row: 0, col: 0, format: bold)
        try sheet.write("Kahoot quiz spreadsheet: in Kahoot, create a kahoot, add a question, choose Import spreadsheet and pick this file.",
                        row: 1, col: 0)
        try sheet.write("Made by packet from the audience's item bank; only choice questions with up to 4 answers fit Kahoot.",
                        row: 2, col: 0)
        try sheet.setColumns(0, width: 4)
        try sheet.setColumns(1, width: 60)
        try sheet.setColumns(2, 5, width: 30)
        try sheet.setColumns(6, 7, width: 18)
        for (col, text) in headers.enumerated() { try sheet.write(text, row: headerRow, col: col, format: header) }
        for (index, row) in rows.enumerated() {
            let r = headerRow + 1 + index
            try sheet.write(number: Double(index + 1), row: r, col: 0)
            try sheet.write(row.question, row: r, col: 1)
            for (offset, answer) in row.answers.enumerated() { try sheet.write(answer, row: r, col: 2 + offset) }
            try sheet.write(number: Double(seconds), row: r, col: 6)
            try sheet.write(number: Double(row.correct), row: r, col: 7)
        }
    }

    /// The options and correct index of an item Kahoot can ask, or `nil`.
    static func choices(_ shape: ItemShape) -> (options: [String], correct: Int)? {
        switch shape {
        case .choice(let options, let correct): (options, correct)
        case .trueFalse(let truth): (["True", "False"], truth ? 0 : 1)
        default: nil
        }
    }

    /// Text on one line, cut to `limit` characters with `…` when longer.
    static func fit(_ text: String, _ limit: Int) -> (text: String, wasCut: Bool) {
        let line = TabSeparated.field(text)
        guard line.count > limit else { return (line, false) }
        let kept = line.prefix(limit - 1)
        let atWord = kept.lastIndex(of: " ").map { kept[..<$0] } ?? kept
        let base = atWord.count >= limit / 2 ? atWord : kept
        return (base.trimmingCharacters(in: .whitespaces) + "…", true)
    }

    /// The allowed time limit nearest `seconds` (the longer one on a tie).
    static func timeLimit(_ seconds: Int) -> Int {
        timeLimits.min { abs($0 - seconds) < abs($1 - seconds) || (abs($0 - seconds) == abs($1 - seconds) && $0 > $1) } ?? 20
    }
}
