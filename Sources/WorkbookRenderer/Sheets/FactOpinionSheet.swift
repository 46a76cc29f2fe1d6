import PacketModel
import XlsxWriter

/// Statements from the article to sort into fact, opinion or prediction, each beside its sentence
/// in the article, with a dropdown and a cell for the words that tell. The statements are claims
/// the quiz does not ask about where the article has enough; the teacher's copy gives each kind
/// with the reason and the hedge to look for.
enum FactOpinionSheet {
    static let kinds: [ClaimKind] = [.fact, .opinion, .prediction]
    static let limit = 9

    static func label(_ kind: ClaimKind) -> String { kind.label }

    static func meaning(_ kind: ClaimKind) -> String {
        switch kind {
        case .fact: "it reports something that happened or can be checked"
        case .opinion: "it is a judgement; others could reasonably disagree"
        case .prediction: "it says what will or is likely to happen, which cannot be checked yet"
        case .value: "it says what is good, bad or important"
        case .policy: "it says what someone should do"
        }
    }

    /// The claims to sort: facts, opinions and predictions (not the thesis, which the
    /// claim–evidence sheet asks for), as many of each kind as the article allows, spread through it.
    static func claims(_ ctx: SheetContext) -> [Claim] {
        let model = ctx.article
        let eligible = ActivitySelection.inArticleOrder(model.claims.filter {
            kinds.contains($0.kind) && !ctx.hides($0) && ctx.shownSentence(of: $0) != nil
        })
        let asked = ActivitySelection.quizSources(ctx.input, types: [.factOpinion])
        let fresh = eligible.filter { !asked.contains($0.id) }, rest = eligible.filter { asked.contains($0.id) }
        var taken = ActivitySelection.balanced(kinds.map { kind in fresh.filter { $0.kind == kind } }, limit: limit)
        if taken.count < limit {
            taken += ActivitySelection.balanced(kinds.map { kind in rest.filter { $0.kind == kind } }, limit: limit - taken.count)
        }
        return ActivitySelection.inArticleOrder(taken)
    }

    static func columns(_ ctx: SheetContext) -> [ActivityColumn] {
        let plain = ctx.input.audience.preferPlain
        return [
            ActivityColumn(title: "#", width: 4, wrap: false, role: .given),
            ActivityColumn(title: "Statement", width: 34, role: .given),
            ActivityColumn(title: "¶", width: 5, wrap: false, role: .given),
            ActivityColumn(title: "In the article", width: 48, role: .given),
            ActivityColumn(title: "Fact, opinion or prediction?", width: 15,
                           role: .input(.choice(kinds.map(label)), prompt: plain
                                ? "Fact: it can be checked. Opinion: a judgement. Prediction: about the future."
                                : "Fact: checkable. Opinion: a judgement others could dispute. Prediction: about what will happen.")),
            ActivityColumn(title: "Which words tell you?", width: 26,
                           role: .input(.text, prompt: "Copy the words from the sentence that show what kind of statement it is.")),
            ActivityColumn(title: "Why (teacher)", width: 40, role: .teacherOnly),
        ]
    }

    /// The words to look for: the article's hedge, or what marks the kind.
    static func clue(_ claim: Claim) -> String {
        if let hedge = claim.hedge { return "“\(hedge)”" }
        switch claim.kind {
        case .fact: return "Reports what happened; no judging words"
        case .opinion: return "Judging or loaded words"
        case .prediction: return "Words about the future (“will”, “likely”)"
        case .value, .policy: return ""
        }
    }

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let plain = ctx.input.audience.preferPlain
        try ActivityTable.writeTitle(ws, ctx,
            student: plain
                ? "Read each statement and its sentence in the article. Is it a fact, an opinion or a prediction? Pick one, then copy the words that tell you."
                : "Decide whether the article presents each statement as a fact, an opinion or a prediction, and quote the words that show it.",
            teacher: "The kinds are the model's; a hedge (“largely”, “far more likely”) is the clue students should find.")
        let claims = claims(ctx)
        guard !claims.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article's model has no located facts, opinions or predictions to sort.")
        }
        let rows = claims.enumerated().map { i, claim -> [CellValue] in
            let sentence = ctx.shownSentence(of: claim)
            var why = "\(label(claim.kind)): \(meaning(claim.kind))."
            if let note = claim.teacherNote { why += " " + note }
            return [
                .number(Double(i + 1), WorkbookStyle.paragraph), .text(ctx.wording(claim)), .paragraph(claim.location?.paragraph),
                sentence.map { .emphasized($0.text, highlight: $0.highlight) } ?? .blank,
                .text(label(claim.kind)), .text(clue(claim)), .styled(why, WorkbookStyle.teacherNote),
            ]
        }
        try ActivityTable.write(ws, ctx, columns: columns(ctx), rows: rows)
    }
}
