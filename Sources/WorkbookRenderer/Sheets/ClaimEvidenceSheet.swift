import PacketModel
import XlsxWriter

/// A claim–evidence–reasoning organizer. Students first state the author's central claim in
/// their own words; then, for each main claim (the claims that bear directly on the thesis), they
/// pick the paragraph of the evidence, say what it shows and explain how it supports the claim.
/// The teacher's copy gives the thesis, the article's evidence for each claim with its
/// paragraphs, the author's reasons, how strong the evidence is, and a rubric.
enum ClaimEvidenceSheet {
    /// Evidence and reasons shown per claim in the key.
    static let keyLimit = 3
    /// The row of the central-claim question, above the table.
    static let thesisRow = 2

    /// What the key says about one main claim.
    struct Key {
        var claim: Claim
        /// Evidence for the claim, its own first, then that of the claims supporting it.
        var evidence: [Evidence]
        /// Claims that support it directly: the author's reasons.
        var reasons: [Claim]
    }

    /// The main claims: those that support the thesis directly and that this audience's students
    /// may see, in article order; the thesis alone when none does.
    static func mainClaims(_ ctx: SheetContext) -> [Claim] {
        let model = ctx.article
        let ids = Set(model.relations.filter { $0.to == model.thesis.id && $0.type == .supports }.map(\.from))
        let claims = model.claims.filter { ids.contains($0.id) && !ctx.hides($0) }
        return claims.isEmpty ? [model.thesis] : ActivitySelection.inArticleOrder(claims)
    }

    /// The key of each claim; the model's links are indexed once for all of them.
    static func keys(for claims: [Claim], in model: ArticleModel) -> [Key] {
        var supporters: [String: [String]] = [:]
        for relation in model.relations where relation.type == .supports { supporters[relation.to, default: []].append(relation.from) }
        let evidenceIndex = Dictionary(model.evidence.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var evidenceFor: [String: [Int]] = [:]
        for (index, evidence) in model.evidence.enumerated() {
            for id in evidence.supports { evidenceFor[id, default: []].append(index) }
        }
        let claimsByID = Dictionary(model.allClaims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return claims.map { claim in
            var evidence: [Evidence] = [], seenClaims: Set<String> = [claim.id], seenEvidence: Set<String> = []
            var level = [claim.id]
            // Breadth first: the claim's own evidence, then its reasons' evidence, and so on.
            while !level.isEmpty {
                var next: [String] = []
                for id in level {
                    let below = supporters[id] ?? []
                    let indices = Set((evidenceFor[id] ?? []) + below.compactMap { evidenceIndex[$0] }).sorted()
                    let direct = indices.map { model.evidence[$0] }
                    for e in ActivitySelection.inArticleOrder(direct) where seenEvidence.insert(e.id).inserted { evidence.append(e) }
                    for child in below where claimsByID[child] != nil && seenClaims.insert(child).inserted { next.append(child) }
                }
                level = next
            }
            let reasons = ActivitySelection.inArticleOrder((supporters[claim.id] ?? []).compactMap { claimsByID[$0] })
            return Key(claim: claim, evidence: evidence, reasons: reasons)
        }
    }

    static let columns = [
        ActivityColumn(title: "#", width: 4, wrap: false, role: .given),
        ActivityColumn(title: "Claim", width: 36, role: .given),
        ActivityColumn(title: "¶", width: 5, wrap: false, role: .given),
        ActivityColumn(title: "Evidence ¶", width: 10, wrap: false,
                       role: .input(.paragraph, prompt: "Pick the paragraph that holds the best evidence for this claim.")),
        ActivityColumn(title: "Evidence: what the article says", width: 36,
                       role: .input(.text, prompt: "Quote the article exactly, or sum the evidence up in your own words.")),
        ActivityColumn(title: "Reasoning: how the evidence supports the claim", width: 40,
                       role: .input(.text, prompt: "Explain why this evidence makes the claim more believable, and say what it does not show.")),
        ActivityColumn(title: "How strong is the evidence? (teacher)", width: 40, role: .teacherOnly),
    ]

    static func paragraphs(_ evidence: [Evidence]) -> String {
        Set(evidence.compactMap(\.location?.paragraph)).sorted().map { "¶\($0)" }.joined(separator: " or ")
    }

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let model = ctx.article
        let plain = ctx.input.audience.preferPlain
        try ActivityTable.writeTitle(ws, ctx,
            student: plain
                ? "First say what the author is arguing. Then, for each claim, find the evidence in the article and explain how it backs the claim up."
                : "State the author's central claim, then find the article's evidence for each main claim and explain how it supports it.",
            teacher: "Accept other paragraphs when the student's reasoning shows how they support the claim.")
        try writeThesisQuestion(ws, ctx)
        let keys = keys(for: mainClaims(ctx), in: model)
        let rows = keys.enumerated().map { i, key -> [CellValue] in
            let shown = Array(key.evidence.prefix(keyLimit))
            let evidence = shown.isEmpty
                ? "The article gives no evidence for this claim: a good answer says so."
                : shown.map { "• " + $0.summary + ($0.location.map { " [¶\($0.paragraph)]" } ?? "") }.joined(separator: "\n")
            let reasons = key.reasons.prefix(keyLimit).map { "• " + ctx.wording($0) + $0.citation.prefixedBySpace }
            let reasoning = !reasons.isEmpty ? "The author's reasons:\n" + reasons.joined(separator: "\n")
                : shown.isEmpty ? "None to give: the claim rests on the author's word alone."
                : "The evidence bears on the claim directly."
            return [
                .number(Double(i + 1), WorkbookStyle.paragraph), .styled(ctx.wording(key.claim), WorkbookStyle.wrapped.with { $0.bold = true }),
                .paragraph(key.claim.location?.paragraph), .text(key.evidence.isEmpty ? "none" : paragraphs(key.evidence)),
                .text(evidence), .text(reasoning),
                .styled(shown.first?.assessment ?? "", WorkbookStyle.teacherNote),
            ]
        }
        let next = try ActivityTable.write(ws, ctx, columns: columns, rows: rows, writingHeight: 96)
        if ctx.isTeacher { try writeRubric(ws, ctx, from: next) }
    }

    /// Row 2: "The author's central claim, in your own words" and a wide cell for it (the thesis in the key).
    static func writeThesisQuestion(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let s = ctx.style
        let label = ctx.input.audience.preferPlain ? "What is the author arguing? (your words)" : "The author's central claim (your words)"
        try ws.write(label, row: thesisRow, col: 1, format: s(WorkbookStyle.sectionLabel.with { $0.wrap = true; $0.vertical = .center }))
        let range = CellRange(firstRow: thesisRow, firstCol: 2, lastRow: thesisRow, lastCol: 5)
        let thesis = ctx.article.thesis
        if ctx.isTeacher {
            try ws.merge(range, text: ctx.wording(thesis) + thesis.citation.prefixedBySpace, format: s(WorkbookStyle.keyText))
        } else {
            try ws.merge(range, text: "", format: s(WorkbookStyle.inputText))
            try ws.addValidation(DataValidation(rule: .any, inputTitle: "The central claim",
                                                inputMessage: "In one sentence: what is the whole article arguing?"),
                                 to: CellRange(row: thesisRow, col: 2))
        }
        try ws.setRow(thesisRow, height: 36)
    }

    /// Below the key: how to mark each row.
    static func writeRubric(_ ws: Worksheet, _ ctx: SheetContext, from row: Int) throws {
        let s = ctx.style
        let lines = [
            "How to mark each row (5 points):",
            "Evidence ¶ (1): a paragraph that holds evidence for the claim.",
            "Evidence (2): accurate — quoted exactly or summed up faithfully; 1 if partly accurate.",
            "Reasoning (2): explains how the evidence makes the claim more believable, and what it does not show; 1 if it only restates the claim.",
            "Central claim (2, once): the thesis in the student's words; 1 if it names the topic but not the position.",
        ]
        for (i, line) in lines.enumerated() {
            let spec = i == 0 ? WorkbookStyle.sectionLabel : WorkbookStyle.teacherNote.with { $0.wrap = false }
            try ws.write(line, row: row + i, col: 1, format: s(spec))
        }
    }
}

extension String {
    /// ` [¶3]` for a citation, nothing for none.
    var prefixedBySpace: String { isEmpty ? "" : " " + self }
}
