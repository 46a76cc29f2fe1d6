import PacketModel
import XlsxWriter

/// What every sheet writer needs: the input, which edition, the styles, and where the other
/// sheets and their rows are (for links between sheets).
struct SheetContext {
    let input: RenderInput
    let edition: WorkbookEdition
    let style: WorkbookStyle
    let workbook: Workbook
    /// The sheets of this edition, in order.
    let sheets: [WorkbookSheet]

    var article: ArticleModel { input.article }
    var isTeacher: Bool { edition == .teacher }

    /// The tab title of a sheet of this edition, if the edition has it.
    func title(of kind: WorkbookSheetKind) -> String? { sheets.first { $0.kind == kind }?.title }

    /// A link to a row of the argument map for a claim id, or plain text when there is none.
    func claimLink(_ id: String) -> CellValue {
        guard let sheet = title(of: .argumentMap), let row = ArgumentMapSheet.row(of: id, in: article) else {
            return .text(id)
        }
        return .link(sheet: sheet, cell: CellReference.cell(row: row, col: 0), text: id)
    }

    /// Links to the first of several claim ids, listing them all.
    func claimLinks(_ ids: [String]) -> CellValue {
        guard let first = ids.first else { return .blank }
        if ids.count == 1 { return claimLink(first) }
        guard case .link(let sheet, let cell, _) = claimLink(first) else { return .text(ids.joined(separator: ", ")) }
        return .link(sheet: sheet, cell: cell, text: ids.joined(separator: ", "))
    }

    /// A link to the evidence sheet row of the first id, listing them all.
    func evidenceLinks(_ ids: [String]) -> CellValue {
        guard let first = ids.first else { return .blank }
        guard let sheet = title(of: .evidence), let row = EvidenceSheet.row(of: first, in: article) else {
            return .text(ids.joined(separator: ", "))
        }
        return .link(sheet: sheet, cell: CellReference.cell(row: row, col: 0), text: ids.joined(separator: ", "))
    }
}
