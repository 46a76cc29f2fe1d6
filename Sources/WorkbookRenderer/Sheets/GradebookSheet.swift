import PacketModel
import XlsxWriter

/// A class roster with one answer column and one score column per form A item. Formulas
/// score each answer against the key row (named `GradebookKey`), total and percent each
/// student, and compute each item's p-value and discrimination; every formula carries the
/// result computed in Swift. A chart shows item difficulty.
enum GradebookSheet {
    static let minimumRosterRows = 40
    static let keyRow = SheetTable.headerRow + 1
    static let acceptedRow = SheetTable.headerRow + 2
    static let firstStudentRow = SheetTable.headerRow + 3

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws -> [String] {
        let items = ctx.input.quiz.formA.items
        try SheetTable.writeTitle(ws, ctx, title: ws.name,
            explanation: "Type or paste names and answers. Scores: 1 right, 0 wrong (two-part items: 2, or 1 for Part A alone); type points for rubric items. Grey rows hold the key.")
        guard !items.isEmpty else {
            try SheetTable.writeEmpty(ws, ctx, sentence: "There is no quiz for this article yet, so there is nothing to grade.")
            return []
        }
        var layout = GradebookLayout(items: items, sheet: ws.name, responses: ctx.input.responses)
        try layout.defineNames(ctx.workbook)
        try writeHeaderAndKey(ws, ctx, layout)
        try writeRoster(ws, ctx, &layout)
        try writeItemStatistics(ws, ctx, layout)
        try writeFormatting(ws, ctx, layout)
        return layout.notes
    }

    static func writeHeaderAndKey(_ ws: Worksheet, _ ctx: SheetContext, _ l: GradebookLayout) throws {
        let s = ctx.style
        let header = try s(WorkbookStyle.header)
        try ws.write("Student", row: SheetTable.headerRow, col: 0, format: header)
        try ws.write("Key", row: keyRow, col: 0, format: s(WorkbookStyle.keyLabel))
        try ws.write("Accepted / ± tolerance", row: acceptedRow, col: 0, format: s(WorkbookStyle.keyLabel))
        try ws.setColumns(0, width: 24)
        for (i, item) in l.items.enumerated() {
            try ws.write("Q\(i + 1)", row: SheetTable.headerRow, col: l.answerCol(i), format: header)
            try ws.write("Q\(i + 1) pts", row: SheetTable.headerRow, col: l.scoreCol(i), format: header)
            let key = try s(WorkbookStyle.keyCell)
            switch item.answer {
            case .number(let v, let tol):
                try ws.write(number: v, row: keyRow, col: l.answerCol(i), format: key)
                try ws.write(number: tol, row: acceptedRow, col: l.answerCol(i), format: key)
            case .text:
                try ws.write(item.responseKey ?? "", row: keyRow, col: l.answerCol(i), format: key)
                try ws.write(GradebookScoring.acceptedList(item), row: acceptedRow, col: l.answerCol(i), format: key)
            default:
                try ws.write(item.responseKey ?? "rubric", row: keyRow, col: l.answerCol(i), format: key)
                try ws.writeBlank(row: acceptedRow, col: l.answerCol(i), format: key)
            }
            try ws.write(number: GradebookScoring.points(item), row: keyRow, col: l.scoreCol(i), format: key)
            try ws.writeBlank(row: acceptedRow, col: l.scoreCol(i), format: key)
        }
        try ws.setColumns(l.answerCol(0), l.answerCol(l.items.count - 1), width: 10)
        try ws.setColumns(l.scoreCol(0), l.scoreCol(l.items.count - 1), width: 7)
        try ws.write("Total", row: SheetTable.headerRow, col: l.totalCol, format: header)
        try ws.write("Percent", row: SheetTable.headerRow, col: l.percentCol, format: header)
        try ws.setColumns(l.totalCol, l.percentCol, width: 9)
        try ws.write(formula: "=SUM(GradebookPoints)", result: l.maxPoints, row: keyRow, col: l.totalCol, format: s(WorkbookStyle.keyCell))
        try ws.writeBlank(row: keyRow, col: l.percentCol, format: s(WorkbookStyle.keyCell))
        try ws.writeBlank(row: acceptedRow, col: l.totalCol, format: s(WorkbookStyle.keyCell))
        try ws.writeBlank(row: acceptedRow, col: l.percentCol, format: s(WorkbookStyle.keyCell))
        try ws.setRow(SheetTable.headerRow, height: 20)
    }

    static func writeRoster(_ ws: Worksheet, _ ctx: SheetContext, _ l: inout GradebookLayout) throws {
        let s = ctx.style
        let input = try s(WorkbookStyle.inputCell)
        let leftInput = try s(WorkbookStyle.inputCell.with { $0.horizontal = .left })
        let score = try s(WorkbookStyle.score)
        for r in 0..<l.rosterRows {
            let row = firstStudentRow + r
            let student = l.student(r)
            let nameRef = "$A\(row + 1)"
            if let student { try ws.write(student.name, row: row, col: 0, format: s(WorkbookStyle.bold)) }
            else { try ws.writeBlank(row: row, col: 0, format: input) }
            for (i, item) in l.items.enumerated() {
                let answer = student.flatMap { $0.answers.indices.contains(i) ? $0.answers[i] : nil } ?? ""
                let cellFormat = GradebookScoring.score(item, "") == nil ? leftInput : input
                if answer.isEmpty { try ws.writeBlank(row: row, col: l.answerCol(i), format: cellFormat) }
                else { try ws.write(answer, row: row, col: l.answerCol(i), format: cellFormat) }
                guard let formula = l.scoreFormula(item: i, row: row) else {
                    try ws.writeBlank(row: row, col: l.scoreCol(i), format: input)
                    continue
                }
                let full = "=IF(\(nameRef)=\"\",\"\",\(formula))"
                if let student, !student.name.isEmpty {
                    try ws.write(formula: full, result: GradebookScoring.score(item, answer) ?? 0, row: row, col: l.scoreCol(i), format: score)
                } else {
                    try ws.write(formula: full, textResult: "", row: row, col: l.scoreCol(i), format: score)
                }
            }
            let scores = CellReference.range(firstRow: row, firstCol: l.scoreCol(0), lastRow: row, lastCol: l.scoreCol(l.items.count - 1))
            let totalRef = CellReference.cell(row: row, col: l.totalCol)
            if let total = l.total(r) {
                try ws.write(formula: "=IF(\(nameRef)=\"\",\"\",SUM(\(scores)))", result: total, row: row, col: l.totalCol, format: score)
                try ws.write(formula: "=IF(\(nameRef)=\"\",\"\",IFERROR(ROUND(\(totalRef)/SUM(GradebookPoints),\(Ratio.places)),0))",
                             result: l.maxPoints > 0 ? Ratio.rounded(total / l.maxPoints) : 0, row: row, col: l.percentCol,
                             format: s(WorkbookStyle.percent))
            } else {
                try ws.write(formula: "=IF(\(nameRef)=\"\",\"\",SUM(\(scores)))", textResult: "", row: row, col: l.totalCol, format: score)
                try ws.write(formula: "=IF(\(nameRef)=\"\",\"\",IFERROR(ROUND(\(totalRef)/SUM(GradebookPoints),\(Ratio.places)),0))",
                             textResult: "", row: row, col: l.percentCol, format: s(WorkbookStyle.percent))
            }
        }
        try ws.freezePanes(row: firstStudentRow, col: 1)
        try ws.autofilter(CellRange(firstRow: SheetTable.headerRow, firstCol: 0, lastRow: l.lastStudentRow, lastCol: l.percentCol))
        try ws.setLandscape()
        try ws.fitToPages(width: 1, height: 0)
        try ws.repeatRows(SheetTable.headerRow, acceptedRow)
        try SheetTable.printSetup(ws, ctx, landscape: true, repeatHeader: false)
        try ws.repeatRows(SheetTable.headerRow, acceptedRow)
    }

    static func writeItemStatistics(_ ws: Worksheet, _ ctx: SheetContext, _ l: GradebookLayout) throws {
        let s = ctx.style
        let analysis = l.analysis
        let top = l.lastStudentRow + 2
        let label = try s(WorkbookStyle.sectionLabel)
        let pRow = top, dRow = top + 1
        try ws.write("Share correct (p)", row: pRow, col: 0, format: label)
        try ws.write("Discrimination (upper − lower 27%)", row: dRow, col: 0, format: label)
        let nRow = top + 3, kRow = top + 4, upRow = top + 5, lowRow = top + 6
        let n = CellReference.cell(row: nRow, col: 1, absolute: true)
        let k = CellReference.cell(row: kRow, col: 1, absolute: true)
        let up = CellReference.cell(row: upRow, col: 1, absolute: true)
        let low = CellReference.cell(row: lowRow, col: 1, absolute: true)
        try ws.write("Students scored", row: nRow, col: 0, format: label)
        try ws.write(formula: "=COUNT(GradebookTotals)", result: Double(analysis.studentCount), row: nRow, col: 1, format: s(WorkbookStyle.score))
        try ws.write("Group size (27%)", row: kRow, col: 0, format: label)
        try ws.write(formula: "=IF(\(n)=0,0,MAX(1,ROUND(0.27*\(n),0)))", result: Double(analysis.groupSize), row: kRow, col: 1, format: s(WorkbookStyle.score))
        try ws.write("Upper group: total ≥", row: upRow, col: 0, format: label)
        try ws.write("Lower group: total ≤", row: lowRow, col: 0, format: label)
        try writeNumberOrBlank(ws, s, formula: "=IF(\(k)=0,\"\",LARGE(GradebookTotals,\(k)))", analysis.upperCut, row: upRow, col: 1)
        try writeNumberOrBlank(ws, s, formula: "=IF(\(k)=0,\"\",SMALL(GradebookTotals,\(k)))", analysis.lowerCut, row: lowRow, col: 1)

        for (i, item) in l.items.enumerated() {
            let col = l.scoreCol(i)
            guard GradebookScoring.score(item, "") != nil else { continue }
            let column = CellReference.range(firstRow: firstStudentRow, firstCol: col, lastRow: l.lastStudentRow, lastCol: col, absolute: true)
            // Shares of the item's points, so that a two-part item's 2 counts as fully right.
            let points = GradebookScoring.points(item)
            let scores = l.scores(item: i).map { $0 / points }
            let perPoint = points == 1 ? "" : "/" + QuizItem.format(points)
            try writeNumberOrBlank(ws, s, formula: "=IFERROR(ROUND(AVERAGE(\(column))\(perPoint),\(Ratio.places)),\"\")",
                                   ItemAnalysis.pValue(scores).map(Ratio.rounded),
                                   row: pRow, col: col, spec: WorkbookStyle.percent)
            try writeNumberOrBlank(ws, s,
                formula: "=IF(\(k)=0,\"\",IFERROR(ROUND((AVERAGEIFS(\(column),GradebookTotals,\">=\"&\(up))-AVERAGEIFS(\(column),GradebookTotals,\"<=\"&\(low)))\(perPoint),\(Ratio.places)),\"\"))",
                analysis.discrimination(scores: scores, totals: l.scoredTotals).map(Ratio.rounded), row: dRow, col: col, spec: WorkbookStyle.decimal2)
        }
        let chart = try ctx.workbook.addChart(.column)
        try chart.addSeries(name: "Share correct", sheet: ws.name,
                            categories: CellRange(firstRow: SheetTable.headerRow, firstCol: l.scoreCol(0), lastRow: SheetTable.headerRow, lastCol: l.scoreCol(l.items.count - 1)),
                            values: CellRange(firstRow: pRow, firstCol: l.scoreCol(0), lastRow: pRow, lastCol: l.scoreCol(l.items.count - 1)),
                            color: WorkbookStyle.chartBlue)
        try chart.setTitle("Item difficulty: share of students correct")
        try chart.setLegend(.none)
        try chart.setAxisNumberFormat(y: "0%")
        try chart.setAxisBounds(yMin: 0, yMax: 1)
        try ws.insertChart(chart, row: top + 8, col: 0, xScale: 2.0, yScale: 1.2)
    }

    static func writeNumberOrBlank(_ ws: Worksheet, _ s: WorkbookStyle, formula: String, _ value: Double?, row: Int, col: Int,
                                   spec: FormatSpec = WorkbookStyle.score) throws {
        if let value { try ws.write(formula: formula, result: value, row: row, col: col, format: s(spec)) }
        else { try ws.write(formula: formula, textResult: "", row: row, col: col, format: s(spec)) }
    }

    static func writeFormatting(_ ws: Worksheet, _ ctx: SheetContext, _ l: GradebookLayout) throws {
        let right = try ctx.style(WorkbookStyle.right)
        let wrong = try ctx.style(WorkbookStyle.wrong)
        let first = firstStudentRow
        let scoreTop = CellReference.cell(row: first, col: l.scoreCol(0))
        let scores = CellRange(firstRow: first, firstCol: l.scoreCol(0), lastRow: l.lastStudentRow, lastCol: l.scoreCol(l.items.count - 1))
        let answers = CellRange(firstRow: first, firstCol: l.answerCol(0), lastRow: l.lastStudentRow, lastCol: l.answerCol(l.items.count - 1))
        // Right: the item's full points (its key row); wrong: 0. A part-right two-part item stays plain.
        let pointsTop = CellReference.column(l.scoreCol(0)) + "$\(keyRow + 1)"
        for range in [scores, answers] {
            try ws.addConditionalFormat(.formula("=AND(ISNUMBER(\(scoreTop)),\(scoreTop)=\(pointsTop))", right), to: range)
            try ws.addConditionalFormat(.formula("=AND(ISNUMBER(\(scoreTop)),\(scoreTop)=0)", wrong), to: range)
        }
        try ws.addConditionalFormat(.dataBar(WorkbookStyle.chartBlue),
                                    to: CellRange(firstRow: first, firstCol: l.percentCol, lastRow: l.lastStudentRow, lastCol: l.percentCol))
    }
}
