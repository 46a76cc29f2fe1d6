import PacketModel
import XlsxWriter

/// The first sheet: what the article is (and, for the teacher, its thesis), how to use the workbook, the content
/// advisory, and links to every other sheet.
enum OverviewSheet {
    /// What each sheet is for, shown beside its link (an activity's teacher copy is its key).
    static func purpose(of kind: WorkbookSheetKind, teacher: Bool) -> String {
        let key = teacher ? "Key: " : ""
        switch kind {
        case .overview: return "This page."
        case .article: return "The article, paragraph by paragraph: ¶1, ¶2, … as every sheet cites them."
        case .claimEvidence: return key + "Find the evidence for each main claim and explain how it supports it."
        case .factOpinion: return key + "Decide whether each statement is a fact, an opinion or a prediction."
        case .checkNumbers: return key + "What each figure measures, whether it is exact, and what it leaves out."
        case .wordsInContext: return key + "Work out what each word means in its sentence."
        case .argumentMap: return "The thesis and the claims that support, attack or rebut it."
        case .evidence: return "What the article offers as evidence, and what it supports."
        case .statistics: return "The numbers, what they measure, and what they leave out."
        case .timeline: return "Events in date order."
        case .peoplePlaces: return "Who and what the article names."
        case .quotes: return "Words the article attributes to people."
        case .vocabulary: return "Words worth knowing, defined."
        case .quiz: return "Questions to answer in the yellow cells."
        case .answerKey: return "Correct answers and explanations."
        case .gradebook: return "Class roster, scores, and item analysis."
        }
    }

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let meta = ctx.article.metadata
        let s = ctx.style
        try ws.setColumns(0, width: 24)
        try ws.setColumns(1, width: 88)
        try ws.setColumns(2, width: 34)
        try ws.hideGridlines()
        try ws.write(meta.title, row: 0, col: 0, format: s(WorkbookStyle.title))
        try ws.setRow(0, height: 24)
        if let dek = meta.dek { try ws.write(dek, row: 1, col: 0, format: s(WorkbookStyle.subtitle)) }

        var row = 3
        func field(_ label: String, _ value: CellValue, note: CellValue = .blank) throws {
            try ws.write(label, row: row, col: 0, format: s(WorkbookStyle.sectionLabel.with { $0.wrap = true }))
            try ws.write(value, row: row, col: 1, wrap: true, style: s)
            try ws.write(note, row: row, col: 2, wrap: true, style: s)
            if let height = RowHeight.height([(value.shownText, 88), (note.shownText, 34), (label, 24)]) {
                try ws.setRow(row, height: height)
            }
            row += 1
        }
        try field("Outlet", .text(meta.outlet))
        if let author = meta.author { try field("Author", .text(author)) }
        let inferred = meta.published.inferred
        let dateNote: CellValue = !inferred ? .blank
            : .styled("inferred: the article does not print its date", WorkbookStyle.note)
        try field("Published", .styled(Self.dateText(meta.published.date) + (inferred ? " (inferred)" : ""), WorkbookStyle.body), note: dateNote)
        if ctx.isTeacher, let note = meta.published.note { try field("How the date was found", .styled(note, WorkbookStyle.teacherNote)) }
        try field("Genre", .text(meta.genre.rawValue))
        if let source = meta.source {
            try field("Source", .styled(source.url, WorkbookStyle.wrapped),
                      note: .styled("\(source.license); copied \(Self.dateText(source.retrieved))", WorkbookStyle.note))
        }
        // The thesis and summary answer the central-claim task: the teacher's copy only.
        if ctx.isTeacher {
            try field("Thesis", .styled(ctx.wording(ctx.article.thesis), WorkbookStyle.wrapped.with { $0.bold = true }))
            let summary = ctx.input.audience.preferPlain ? (ctx.article.plainSummary ?? ctx.article.summary) : ctx.article.summary
            try field("Summary", .text(summary))
        }
        try field("How to use this workbook", .text(howToUse(ctx)))
        let advisory = meta.advisory
        let advisoryText = advisory.level == .none ? "No content advisory."
            : "\(advisory.level.rawValue.capitalized) advisory" + (advisory.topics.isEmpty ? "." : ": " + advisory.topics.joined(separator: ", ") + ".")
        try field("Content advisory", .text(advisoryText))
        if ctx.isTeacher, let note = advisory.teacherNote { try field("Advisory note for the teacher", .styled(note, WorkbookStyle.teacherNote)) }
        if ctx.isTeacher, let note = meta.sourceNote { try field("Source note", .styled(note, WorkbookStyle.teacherNote)) }

        row += 1
        try ws.write("Sheets in this workbook", row: row, col: 0, format: s(WorkbookStyle.header))
        try ws.write("What it holds", row: row, col: 1, format: s(WorkbookStyle.header))
        row += 1
        for sheet in ctx.sheets where sheet.kind != .overview {
            try ws.writeLink(toSheet: sheet.title, text: sheet.title, row: row, col: 0, format: s(WorkbookStyle.link))
            try ws.write(purpose(of: sheet.kind, teacher: ctx.isTeacher), row: row, col: 1, format: s(WorkbookStyle.wrapped))
            row += 1
        }
        try SheetTable.printSetup(ws, ctx, landscape: false, repeatHeader: false)
    }

    static func howToUse(_ ctx: SheetContext) -> String {
        let kinds = Set(ctx.sheets.map(\.kind))
        var parts = [kinds.contains(.article)
            ? "Read the article first (the Article sheet numbers its paragraphs ¶1, ¶2, …)."
            : "Read the article first."]
        if ctx.sheets.contains(where: { $0.kind.role == .activity }) {
            parts.append(ctx.isTeacher
                ? "Each activity sheet is the students' sheet with the answers filled in on grey; students type in yellow cells and pick from dropdowns."
                : "Then do each activity: type in the yellow cells, and pick from the dropdown where a cell has one. Each row gives the paragraph (¶) to look at.")
        }
        if ctx.sheets.contains(where: { $0.kind.role == .reference }) {
            parts.append("Reference sheets list one kind of thing the article contains; the ¶ column gives the paragraph, and the filter buttons in the header rows sort or narrow them.")
        }
        if kinds.contains(.quiz) { parts.append("Answer the quiz in the yellow cells of the Quiz sheet.") }
        if ctx.isTeacher {
            parts.append("Teacher notes are in dark red italics.")
            if kinds.contains(.gradebook) {
                parts.append("Paste or type class answers into the Gradebook: scores, totals and item statistics update themselves.")
            }
        }
        return parts.joined(separator: " ")
    }

    /// `9 July 2017`, `July 2017` or `2017`.
    static func dateText(_ d: PartialDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        guard let m = d.month, (1...12).contains(m) else { return String(d.year) }
        guard let day = d.day else { return "\(months[m - 1]) \(d.year)" }
        return "\(day) \(months[m - 1]) \(d.year)"
    }
}
