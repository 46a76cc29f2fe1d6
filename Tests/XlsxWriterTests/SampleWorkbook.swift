import XlsxWriter

/// A small workbook that uses every feature of the wrapper, for the end-to-end tests.
enum SampleWorkbook {
    static func build(_ wb: Workbook) throws {
        try wb.setProperties(DocumentProperties(title: "Sample", subject: "Wrapper test", author: "Tests",
                                                keywords: "xlsx, test", created: 1_500_000_000))
        let header = try wb.format(FormatSpec().with { $0.bold = true; $0.backgroundColor = Color(0xDDEEFF); $0.border = .thin })
        let percent = try wb.format(FormatSpec().with { $0.numberFormat = "0.0%" })
        let date = try wb.format(FormatSpec().with { $0.numberFormat = "d mmm yyyy" })
        let wrap = try wb.format(FormatSpec().with { $0.wrap = true; $0.vertical = .top })
        let green = try wb.format(FormatSpec().with { $0.backgroundColor = Color(0xC6EFCE) })

        let data = try wb.addWorksheet("Data & notes")
        for (col, title) in ["Name", "Share", "When", "Note"].enumerated() {
            try data.write(title, row: 0, col: col, format: header)
        }
        let rows: [(String, Double, Int)] = [("=not a formula", 0.25, 1), ("+plus", 0.5, 2), ("-minus", 0.125, 3), ("@at", 1, 4)]
        for (i, row) in rows.enumerated() {
            try data.write(row.0, row: i + 1, col: 0)
            try data.write(number: row.1, row: i + 1, col: 1, format: percent)
            try data.writeDate(year: 2017, month: 7, day: row.2, row: i + 1, col: 2, format: date)
            try data.write("A longer note that wraps inside its cell.", row: i + 1, col: 3, format: wrap)
        }
        let total = rows.map(\.1).reduce(0, +)
        try data.write("Total", row: 5, col: 0, format: header)
        try data.write(formula: "=SUM(B2:B5)", result: total, row: 5, col: 1, format: percent)
        try data.write(formula: "=IF(B6>1,\"over\",\"under\")", textResult: total > 1 ? "over" : "under", row: 5, col: 2)
        try data.writeBlank(row: 5, col: 3, format: header)
        try data.setColumns(0, width: 18)
        try data.setColumns(3, width: 30)
        try data.setRow(0, height: 20)
        try data.freezePanes(row: 1)
        try data.autofilter(CellRange(firstRow: 0, firstCol: 0, lastRow: 4, lastCol: 3))
        try data.addConditionalFormat(.formula("=$B2>=0.5", green), to: CellRange(firstRow: 1, firstCol: 1, lastRow: 4, lastCol: 1))
        try data.addConditionalFormat(.dataBar(Color(0x638EC6)), to: CellRange(firstRow: 1, firstCol: 1, lastRow: 4, lastCol: 1))
        try data.setLandscape()
        try data.fitToPages(width: 1, height: 0)
        try data.repeatRows(0)
        try data.setHeader("&C" + Worksheet.escapedForHeader("Data & notes"))
        try data.setFooter("&CPage &P of &N")
        try data.writeLink(url: "https://example.org/", text: "Example", row: 7, col: 0)
        try data.writeLink(toSheet: "Lists", cell: "A1", text: "Go to lists", row: 8, col: 0)
        try data.merge(CellRange(firstRow: 9, firstCol: 0, lastRow: 9, lastCol: 3), text: "Merged heading", format: header)

        let lists = try wb.addWorksheet("Lists")
        for (i, letter) in ["A", "B", "C", "D"].enumerated() { try lists.write(letter, row: i, col: 0) }
        try lists.write("Answer", row: 0, col: 2, format: header)
        try lists.write("Answer", row: 0, col: 3, format: header)
        try lists.write("B", row: 1, col: 2)
        try lists.write(formula: "=IF(C2=Lists!$A$2,1,0)", result: 1, row: 1, col: 3)
        try lists.addTable(CellRange(firstRow: 0, firstCol: 2, lastRow: 1, lastCol: 3),
                           options: TableOptions(name: "Answers", headers: ["Answer", "Score"]))
        try lists.addValidation(DataValidation(rule: .listFromRange("=Lists!$A$1:$A$4"), inputTitle: "Choose",
                                               inputMessage: "Pick a letter"), to: CellRange(firstRow: 3, firstCol: 2, lastRow: 6, lastCol: 2))
        try lists.hideGridlines()
        try wb.defineName("Letters", formula: "=Lists!$A$1:$A$4")

        let form = try wb.addWorksheet("Form")
        let bold = try wb.format(FormatSpec().with { $0.bold = true })
        try form.write(runs: [("The word ", wrap), ("context", bold), (" in bold.", wrap)], row: 0, col: 0, format: wrap)
        try form.write(runs: [("", bold), ("One run only", wrap)], row: 1, col: 0, format: wrap)
        try form.writeBlank(row: 2, col: 0, format: wb.format(FormatSpec().with { $0.backgroundColor = Color(0xFFF9DB); $0.unlocked = true }))
        try form.protect()

        let chart = try wb.addChart(.column)
        try chart.addSeries(name: "Share", sheet: "Data & notes", categories: CellRange(firstRow: 1, firstCol: 0, lastRow: 4, lastCol: 0),
                            values: CellRange(firstRow: 1, firstCol: 1, lastRow: 4, lastCol: 1), color: Color(0x4472C4))
        try chart.setTitle("Shares")
        try chart.setAxisNames(x: "Name", y: "Share")
        try chart.setAxisNumberFormat(y: "0%")
        try chart.setLegend(.none)
        try data.insertChart(chart, row: 11, col: 0)
    }
}
