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
    /// Where the items this audience hides stand in the article.
    let hiddenLocations: [Location]
    /// Sentences cut from the article so far, by item id: activities ask for each while choosing
    /// their rows and again while writing them.
    private let sentences = SentenceCache()
    /// The argument map's tree, made once for every sheet that links to it.
    let argument: ArgumentStructure
    /// Each evidence item's index in the model.
    private let evidenceIndex: [String: Int]

    init(input: RenderInput, edition: WorkbookEdition, style: WorkbookStyle, workbook: Workbook, sheets: [WorkbookSheet]) {
        self.input = input; self.edition = edition; self.style = style; self.workbook = workbook; self.sheets = sheets
        let items: [any Excerpted] = input.article.allClaims + input.article.evidence + input.article.statistics
            + input.article.quotes + input.article.events + input.article.vocabulary
        hiddenLocations = items.filter { input.audience.sensitivity.hides($0) }.compactMap(\.location)
        argument = ArgumentStructure(input.article)
        var evidenceIndex: [String: Int] = [:]
        for (index, item) in input.article.evidence.enumerated() where evidenceIndex[item.id] == nil { evidenceIndex[item.id] = index }
        self.evidenceIndex = evidenceIndex
    }

    var article: ArticleModel { input.article }
    var isTeacher: Bool { edition == .teacher }

    /// The tab title of a sheet of this edition, if the edition has it.
    func title(of kind: WorkbookSheetKind) -> String? { sheets.first { $0.kind == kind }?.title }

    /// True when this audience's students are not shown the item (its sensitivity setting).
    func hides(_ item: some Excerpted) -> Bool { input.audience.sensitivity.hides(item) }

    /// The article's sentence an item stands in, for an activity row: `nil` when the item is not
    /// located, or when the sentence also quotes something this audience's students are not shown.
    func shownSentence(of item: some Excerpted) -> ArticleSentence? {
        if let known = sentences.byID[item.id] { return known }
        let found = article.sentence(of: item).flatMap { hiddenLocations.contains(where: $0.holds) ? nil : $0 }
        sentences.byID[item.id] = .some(found)
        return found
    }

    /// The claim in the wording this audience reads: the plain one when it prefers plain wording.
    func wording(_ claim: Claim) -> String { claim.wording(preferPlain: input.audience.preferPlain) }

    /// The source of a dropdown of paragraph numbers: the article sheet's list, when this edition has it.
    var paragraphList: String? {
        title(of: .article) != nil && !article.paragraphs.isEmpty ? "=" + ArticleSheet.paragraphListName : nil
    }

    /// A link to a row of the argument map for a claim id, or plain text when there is none.
    func claimLink(_ id: String) -> CellValue {
        guard let sheet = title(of: .argumentMap), let index = argument.rowIndex[id] else {
            return .text(id)
        }
        return .link(sheet: sheet, cell: CellReference.cell(row: SheetTable.firstDataRow + index, col: 0), text: id)
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
        guard let sheet = title(of: .evidence), let index = evidenceIndex[first] else {
            return .text(ids.joined(separator: ", "))
        }
        return .link(sheet: sheet, cell: CellReference.cell(row: SheetTable.firstDataRow + index, col: 0), text: ids.joined(separator: ", "))
    }
}

/// A memo of the article's sentences by item id (ids are unique across the model).
final class SentenceCache {
    var byID: [String: ArticleSentence?] = [:]
}
