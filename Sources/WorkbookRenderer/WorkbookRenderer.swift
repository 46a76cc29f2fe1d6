import Foundation
import PacketModel
import XlsxWriter

/// Renders the packet's two workbooks from the audience's two sheet lists: `student/workbook.xlsx`
/// (the article and activities to fill in, the quiz; no answers, keys, gradebook or teacher notes)
/// and `teacher/workbook.xlsx` (every activity again as its key, the reference sheets, the
/// answer key and gradebook).
package struct WorkbookRenderer: PacketRenderer {
    package let name = "workbook"

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var output = RenderOutput()
        for edition in [WorkbookEdition.teacher, .student] {
            let (data, notes) = try renderEdition(edition, input)
            output.files.append(PacketFile(path: edition.path, data: data))
            output.notes += notes.map { "\(edition.path): \($0)" }
            output.metrics["workbook.\(edition.rawValue).sheets"] = Double(sheets(for: edition, input).count)
            output.metrics["workbook.\(edition.rawValue).bytes"] = Double(data.count)
        }
        output.warnings += AnswerExposure.warnings(students: sheets(for: .student, input), input)
        if input.audience.workbookSheets.isSingleList {
            output.warnings.append("audience '\(input.audience.name)' lists one 'workbook: sheets' list for both workbooks (the older form): "
                + "students get only its sheets that hold no answers, and no activities. Give 'workbook: student' and "
                + "'workbook: teacher' lists instead (templates/README.md).")
        }
        return output
    }

    /// The sheets of one edition, from the audience's list for it; a key or gradebook never goes to students.
    package func sheets(for edition: WorkbookEdition, _ input: RenderInput) -> [WorkbookSheet] {
        switch edition {
        case .teacher: input.audience.workbookSheets.teacher
        case .student: input.audience.workbookSheets.student.filter { !$0.kind.isTeacherOnly }
        }
    }

    /// One edition's workbook bytes and the notes gathered while writing it.
    func renderEdition(_ edition: WorkbookEdition, _ input: RenderInput) throws -> (Data, [String]) {
        let sheets = sheets(for: edition, input)
        var notes: [String] = []
        let written = try Workbook.data { workbook in
            try workbook.setProperties(DocumentProperties.packet(input, edition: edition))
            let ctx = SheetContext(input: input, edition: edition, style: WorkbookStyle(workbook: workbook),
                                   workbook: workbook, sheets: sheets)
            for sheet in sheets { _ = try workbook.addWorksheet(sheet.title) }
            for sheet in sheets {
                guard let ws = workbook.worksheet(named: sheet.title) else { continue }
                notes += try write(sheet.kind, ws, ctx)
            }
        }
        return (written.data, notes + written.warnings)
    }

    private func write(_ kind: WorkbookSheetKind, _ ws: Worksheet, _ ctx: SheetContext) throws -> [String] {
        switch kind {
        case .overview: try OverviewSheet.write(ws, ctx)
        case .article: try ArticleSheet.write(ws, ctx)
        case .claimEvidence: try ClaimEvidenceSheet.write(ws, ctx)
        case .factOpinion: try FactOpinionSheet.write(ws, ctx)
        case .checkNumbers: try CheckNumbersSheet.write(ws, ctx)
        case .wordsInContext: try WordsInContextSheet.write(ws, ctx)
        case .argumentMap: try ArgumentMapSheet.write(ws, ctx)
        case .evidence: try EvidenceSheet.write(ws, ctx)
        case .statistics: try StatisticsSheet.write(ws, ctx)
        case .timeline: try TimelineSheet.write(ws, ctx)
        case .peoplePlaces: try PeoplePlacesSheet.write(ws, ctx)
        case .quotes: try QuotesSheet.write(ws, ctx)
        case .vocabulary: try VocabularySheet.write(ws, ctx)
        case .quiz: try QuizSheet.write(ws, ctx)
        case .answerKey: try AnswerKeySheet.write(ws, ctx)
        case .gradebook: return try GradebookSheet.write(ws, ctx)
        }
        return []
    }
}
