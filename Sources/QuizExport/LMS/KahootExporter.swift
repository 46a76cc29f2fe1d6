import Foundation
import PacketModel
import XlsxWriter

/// Writes the audience's choice items as `teacher/quiz.kahoot.xlsx`, laid out like Kahoot's
/// quiz spreadsheet template: a header row on row 8 (`Question`, `Answer 1`–`Answer 4`,
/// `Time limit (sec)`, `Correct answer(s)`) and one question a row from row 9, at most 100.
///
/// Kahoot asks only choice questions with at most four answers, of at most 120 characters a
/// question and 75 an answer. Nothing is cut to fit: a question too long uses the item's short
/// wording when it has one, and an item that still does not fit is left out. The items on the
/// printed forms come first. Every item left out, and the explanations Kahoot cannot hold, are
/// notes. Line breaks and tabs become spaces. The time limit is the allowed value nearest the
/// audience's seconds per question. Every text is a string cell, so text starting with `=`, `+`,
/// `-` or `@` is never read as a formula.
package struct KahootExporter: PacketRenderer {
    package var name: String { "kahoot" }
    static let path = "teacher/quiz.kahoot.xlsx"
    static let questionLimit = 120
    static let answerLimit = 75
    /// Rows Kahoot's template has for questions.
    static let rowLimit = 100
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
        var rows: [Row] = []
        var shortened: [String] = []
        for (item, shape) in leftOut.shaped(LinkedParts.expanded(input.quiz.bank)) {
            guard let asked = Self.choices(shape) else { leftOut.unsupported(item); continue }
            guard asked.options.count <= 4 else { leftOut.leaveOut(item, because: "more than 4 answers"); continue }
            guard let question = Self.question(item) else {
                leftOut.leaveOut(item, because: "question longer than 120 characters, with no shorter wording"); continue
            }
            let answers = asked.options.map(TabSeparated.field)
            guard answers.allSatisfy({ $0.count <= Self.answerLimit }) else {
                leftOut.leaveOut(item, because: "an answer longer than 75 characters"); continue
            }
            guard rows.count < Self.rowLimit else {
                leftOut.leaveOut(item, because: "past Kahoot's \(Self.rowLimit) questions"); continue
            }
            if question != TabSeparated.field(item.stem) { shortened.append(item.id) }
            rows.append(Row(question: question, answers: answers, correct: asked.correct + 1))
        }
        let seconds = Self.timeLimit(input.audience.quiz.secondsPerQuestion)
        let title = "\(input.article.metadata.title): quiz (\(input.audience.displayName))"
        let written = try Workbook.data { workbook in
            try workbook.setProperties(DocumentProperties(title: title))
            try Self.fill(try workbook.addWorksheet("Sheet1"), workbook: workbook, title: title, rows: rows, seconds: seconds)
        }
        var notes = ["quiz.kahoot.xlsx: \(rows.count) question\(rows.count == 1 ? "" : "s"), nothing cut; Kahoot holds no "
            + "explanations (they are in teacher/answer-key-*.txt)"]
        if !shortened.isEmpty {
            notes.append("quiz.kahoot.xlsx: asked in the model's shorter wording: " + shortened.joined(separator: ", "))
        }
        notes += leftOut.notes + LinkedParts.note(fileName: "quiz.kahoot.xlsx", input.quiz.bank)
        notes += written.warnings.map { "quiz.kahoot.xlsx: \($0)" }
        return RenderOutput(files: [PacketFile(path: Self.path, data: written.data)], notes: notes)
    }

    /// The item's question on one line if it fits Kahoot's limit, else its short wording if that
    /// fits; `nil` when neither does.
    static func question(_ item: QuizItem) -> String? {
        ([item.stem] + (item.shortStem.map { [$0] } ?? [])).map(TabSeparated.field).first { $0.count <= questionLimit }
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

    /// The allowed time limit nearest `seconds` (the longer one on a tie).
    static func timeLimit(_ seconds: Int) -> Int {
        timeLimits.min { abs($0 - seconds) < abs($1 - seconds) || (abs($0 - seconds) == abs($1 - seconds) && $0 > $1) } ?? 20
    }
}
