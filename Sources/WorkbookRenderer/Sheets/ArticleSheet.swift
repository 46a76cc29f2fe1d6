import PacketModel
import XlsxWriter

/// The article as students read it: the headline, a source line, the content advisory, then every
/// body paragraph the model numbers, `¶1`, `¶2`, …, in the article's exact words — or, for an
/// audience that reads an adaptation, the adapted text under the original's numbers, its header
/// saying so. Activities cite these numbers, and their paragraph dropdowns list them (the defined
/// name `ArticleParagraphs`).
enum ArticleSheet {
    static let paragraphListName = "ArticleParagraphs"
    static let textWidth = 100.0
    /// Characters of running text a line of the paragraph column holds.
    static let proseWidth = textWidth * RowHeight.proseCharactersPerUnit
    /// Lines of text one row can show: Excel rows are at most 409 points high.
    static let linesPerRow = 25
    /// The hidden column holding 1…N, the source of paragraph dropdowns.
    static let listColumn = 2

    /// A paragraph's text in rows that each fit: whole sentences per row, the paragraph number on the first.
    static func rows(_ paragraph: Paragraph) -> [String] {
        guard RowHeight.lines(paragraph.text, width: proseWidth) > linesPerRow else { return [paragraph.text] }
        var rows: [String] = []
        var current = ""
        for sentence in paragraph.sentences {
            let joined = current.isEmpty ? sentence : current + " " + sentence
            if !current.isEmpty && RowHeight.lines(joined, width: proseWidth) > linesPerRow {
                rows.append(current)
                current = sentence
            } else {
                current = joined
            }
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    /// `Quartz · July 2017 (date inferred: …) · author not named`.
    static func sourceLine(_ meta: Metadata) -> String {
        let date = OverviewSheet.dateText(meta.published.date)
            + (meta.published.inferred ? " (date worked out from the text; the article prints none)" : "")
        return [meta.outlet, date, meta.author.map { "by \($0)" } ?? "author not named"].joined(separator: " · ")
    }

    /// The text column's heading: which version of the article the class reads, and its grade band.
    static func heading(_ reading: ReadingText) -> String {
        guard let adaptation = reading.adaptation else { return "The article, paragraph by paragraph" }
        return "The article adapted for readers in \(adaptation.bandWords), paragraph by paragraph (¶ numbers as in the original)"
    }

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let model = ctx.article
        let s = ctx.style
        try ws.setColumns(0, width: 6)
        try ws.setColumns(1, width: textWidth)
        try ws.hideGridlines()
        let title = WorkbookStyle.title.with { $0.wrap = true; $0.vertical = .top }
        try ws.merge(CellRange(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 1), text: model.metadata.title, format: s(title))
        try ws.setRow(0, height: Double(RowHeight.lines(model.metadata.title, width: textWidth * 0.65)) * 21 + 4)
        try ws.merge(CellRange(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: 1), text: sourceLine(model.metadata),
                     format: s(WorkbookStyle.subtitle))
        let advisory = model.metadata.advisory
        if advisory.level != .none {
            let text = "Content advisory (\(advisory.level.rawValue)): " + advisory.topics.joined(separator: "; ") + "."
            try ws.merge(CellRange(firstRow: 2, firstCol: 0, lastRow: 2, lastCol: 1), text: text, format: s(WorkbookStyle.note))
            if let height = RowHeight.height([(text, proseWidth)]) { try ws.setRow(2, height: height) }
        }
        try ws.write("¶", row: SheetTable.headerRow, col: 0, format: s(WorkbookStyle.header.with { $0.horizontal = .center }))
        let reading = ReadingText(article: model, audience: ctx.input.audience)
        try ws.write(heading(reading), row: SheetTable.headerRow, col: 1, format: s(WorkbookStyle.header))
        guard !model.paragraphs.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article's model numbers no paragraphs.")
        }
        var row = SheetTable.firstDataRow
        let number = try s(WorkbookStyle.paragraph.with { $0.numberFormat = "\"¶\"0"; $0.bold = true })
        for (paragraph, pieces) in reading.paragraphs(of: model) {
            let texts = pieces.flatMap { rows(Paragraph(number: paragraph, line: 0, text: $0)) }
            for (i, text) in texts.enumerated() {
                if i == 0 { try ws.write(number: Double(paragraph), row: row, col: 0, format: number) }
                try ws.write(text, row: row, col: 1, format: s(WorkbookStyle.wrapped))
                if let height = RowHeight.height([(text, proseWidth)]) { try ws.setRow(row, height: height + 4) }
                row += 1
            }
        }
        let listLast = SheetTable.firstDataRow + model.paragraphs.count - 1
        for (i, paragraph) in model.paragraphs.enumerated() {
            try ws.write(number: Double(paragraph.number), row: SheetTable.firstDataRow + i, col: listColumn)
        }
        try ws.setColumns(listColumn, width: 4, hidden: true)
        try ctx.workbook.defineName(paragraphListName, formula: "=" + CellReference.onSheet(ws.name,
            firstRow: SheetTable.firstDataRow, firstCol: listColumn, lastRow: listLast, lastCol: listColumn))
        try ws.freezePanes(row: SheetTable.firstDataRow, col: 0)
        try SheetTable.printSetup(ws, ctx, landscape: false, repeatHeader: true)
        if !ctx.isTeacher { try ws.protect() }
    }
}
