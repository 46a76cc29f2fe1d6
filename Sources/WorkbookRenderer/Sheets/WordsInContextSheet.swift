import PacketModel
import XlsxWriter

/// Words worth knowing, each in its sentence from the article (the word in bold), with a cell for
/// what it means there: one word per sentence, spread through the article, academic and subject
/// words (tiers 2 and 3) the quiz does not ask about first. The teacher's copy gives the model's definition.
enum WordsInContextSheet {
    static let limit = 10

    /// Up to ``limit`` words, one per sentence, spread through the article: academic and subject
    /// words the quiz does not ask about first, then the others.
    static func terms(_ ctx: SheetContext) -> [VocabularyTerm] {
        let model = ctx.article
        let shown = ActivitySelection.inArticleOrder(model.vocabulary.filter { !ctx.hides($0) && ctx.shownSentence(of: $0) != nil })
        let asked = ActivitySelection.quizSources(ctx.input, types: [.multipleChoice, .matching, .shortAnswer])
        var taken: [VocabularyTerm] = []
        var sentences: Set<String> = []
        for pool in [shown.filter { $0.tier >= 2 && !asked.contains($0.id) }, shown.filter { $0.tier >= 2 && asked.contains($0.id) },
                     shown.filter { $0.tier < 2 }] where taken.count < limit {
            var seen = sentences
            let distinct = pool.filter { seen.insert(ctx.shownSentence(of: $0)?.text ?? $0.id).inserted }
            let chosen = ActivitySelection.spread(distinct, limit - taken.count)
            taken += chosen
            for term in chosen { sentences.insert(ctx.shownSentence(of: term)?.text ?? term.id) }
        }
        return ActivitySelection.inArticleOrder(taken)
    }

    static let columns = [
        ActivityColumn(title: "#", width: 4, wrap: false, role: .given),
        ActivityColumn(title: "Word", width: 16, role: .given),
        ActivityColumn(title: "¶", width: 5, wrap: false, role: .given),
        ActivityColumn(title: "The sentence in the article", width: 56, role: .given),
        ActivityColumn(title: "What it means here", width: 40,
                       role: .input(.text, prompt: "Use the words around it. Write the meaning in your own words.")),
        ActivityColumn(title: "Part of speech, tier (teacher)", width: 16, role: .teacherOnly),
    ]

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        try ActivityTable.writeTitle(ws, ctx,
            student: ctx.input.audience.preferPlain
                ? "Read each word in its sentence. Use the words around it to work out what it means, and write the meaning in your own words."
                : "Work out what each word means in its sentence, from the context, and put it in your own words.",
            teacher: "Accept any wording that fits the sentence; the model's definition is one.")
        let terms = terms(ctx)
        guard !terms.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article's model lists no words to work out.")
        }
        let rows = terms.enumerated().map { i, t -> [CellValue] in
            let sentence = ctx.shownSentence(of: t)
            return [
                .number(Double(i + 1), WorkbookStyle.paragraph), .styled(t.term, WorkbookStyle.wrapped.with { $0.bold = true }),
                .paragraph(t.location?.paragraph), sentence.map { .emphasized($0.text, highlight: $0.highlight) } ?? .blank,
                .text(t.definition), .styled("\(t.partOfSpeech), tier \(t.tier)", WorkbookStyle.teacherNote),
            ]
        }
        try ActivityTable.write(ws, ctx, columns: columns, rows: rows)
    }
}
