import PacketModel
import XlsxWriter

/// Where everything sits on the gradebook, the formulas that score it, and the results those
/// formulas compute for the class's answers.
struct GradebookLayout {
    let items: [QuizItem]
    let sheet: String
    let students: [ClassResponses.Student]
    /// Warnings for the render notes (e.g. a student with more answers than items).
    var notes: [String] = []

    init(items: [QuizItem], sheet: String, responses: ClassResponses?) {
        self.items = items
        self.sheet = sheet
        self.students = responses?.students ?? []
        for student in students where student.answers.count != items.count {
            notes.append("gradebook: \(student.name.isEmpty ? "a student" : student.name) has \(student.answers.count) answers for "
                         + "\(items.count) items; \(student.answers.count > items.count ? "extra answers are left out" : "missing answers count as blank")")
        }
    }

    var rosterRows: Int { max(GradebookSheet.minimumRosterRows, students.count) }
    var lastStudentRow: Int { GradebookSheet.firstStudentRow + rosterRows - 1 }

    func answerCol(_ i: Int) -> Int { 1 + i }
    func scoreCol(_ i: Int) -> Int { 1 + items.count + i }
    var totalCol: Int { 1 + 2 * items.count }
    var percentCol: Int { totalCol + 1 }

    /// The student on roster row `r`, if the class's answers fill it.
    func student(_ r: Int) -> ClassResponses.Student? { students.indices.contains(r) ? students[r] : nil }

    /// The answer a student gave to item `i` ("" when blank).
    func answer(_ student: ClassResponses.Student, _ i: Int) -> String {
        student.answers.indices.contains(i) ? student.answers[i] : ""
    }

    /// Students the formulas score: those with a name.
    var scoredStudents: [ClassResponses.Student] { students.filter { !$0.name.isEmpty } }

    /// A scored student's total (blank rubric scores count 0); `nil` for an unnamed row.
    func total(_ r: Int) -> Double? {
        guard let s = student(r), !s.name.isEmpty else { return nil }
        return items.indices.map { GradebookScoring.score(items[$0], answer(s, $0)) ?? 0 }.reduce(0, +)
    }

    var scoredTotals: [Double] { students.indices.compactMap(total) }
    var analysis: ItemAnalysis { ItemAnalysis(totals: scoredTotals) }

    /// Item `i`'s scores over the scored students (in roster order).
    func scores(item i: Int) -> [Double] {
        scoredStudents.map { GradebookScoring.score(items[i], answer($0, i)) ?? 0 }
    }

    var maxPoints: Double { items.map(GradebookScoring.points).reduce(0, +) }

    /// The formula (without its leading `=` and name guard) that scores item `i` on `row`,
    /// or `nil` for a rubric item the teacher marks. Mirrors ``GradebookScoring/score(_:_:)``.
    func scoreFormula(item i: Int, row: Int) -> String? {
        let answer = "TRIM(\(CellReference.cell(row: row, col: answerCol(i))))"
        let key = "INDEX(GradebookKey,1,\(i + 1))"
        let accepted = "INDEX(GradebookAccepted,1,\(i + 1))"
        switch items[i].answer {
        case .rubric:
            return nil
        case .number:
            return "IF(\(answer)=\"\",0,IFERROR(IF(ABS(VALUE(\(answer))-\(key))<=\(accepted)+1E-9,1,0),0))"
        case .parts(let answers):
            return "IF(\(answer)=\"\",0,IF(UPPER(\(answer))=UPPER(TRIM(\(key))),\(answers.count),"
                + "IF(LEFT(UPPER(\(answer)),1)=LEFT(UPPER(TRIM(\(key))),1),1,0)))"
        case .text:
            return "IF(\(answer)=\"\",0,IF(OR(UPPER(\(answer))=UPPER(TRIM(\(key))),"
                + "ISNUMBER(FIND(\"|\"&UPPER(\(answer))&\"|\",\"|\"&UPPER(\(accepted))&\"|\"))),1,0))"
        default:
            return "IF(\(answer)=\"\",0,IF(UPPER(\(answer))=UPPER(TRIM(\(key))),1,0))"
        }
    }

    /// Names for the ranges the formulas use: the key row, the accepted row, the points row and the totals.
    func defineNames(_ workbook: Workbook) throws {
        let n = items.count
        try workbook.defineName("GradebookKey", formula: "=" + CellReference.onSheet(sheet, firstRow: GradebookSheet.keyRow,
            firstCol: answerCol(0), lastRow: GradebookSheet.keyRow, lastCol: answerCol(n - 1)))
        try workbook.defineName("GradebookAccepted", formula: "=" + CellReference.onSheet(sheet, firstRow: GradebookSheet.acceptedRow,
            firstCol: answerCol(0), lastRow: GradebookSheet.acceptedRow, lastCol: answerCol(n - 1)))
        try workbook.defineName("GradebookPoints", formula: "=" + CellReference.onSheet(sheet, firstRow: GradebookSheet.keyRow,
            firstCol: scoreCol(0), lastRow: GradebookSheet.keyRow, lastCol: scoreCol(n - 1)))
        try workbook.defineName("GradebookTotals", formula: "=" + CellReference.onSheet(sheet, firstRow: GradebookSheet.firstStudentRow,
            firstCol: totalCol, lastRow: lastStudentRow, lastCol: totalCol))
    }
}
