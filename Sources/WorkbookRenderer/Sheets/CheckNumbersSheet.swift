import PacketModel
import XlsxWriter

/// The article's figures to check: each as written, beside its sentence, with what it measures
/// (a dropdown fed by a word bank of the figures' measures, printed below in A–Z order), whether
/// it is exact or approximate, and what it leaves out. The teacher's copy gives the measure, the
/// model's caveat as a model answer, and the source.
enum CheckNumbersSheet {
    static let limit = 8
    static let exactness = ["Exact", "Approximate"]

    /// The figures: first those the model's own questions and evidence rest on, then the rest,
    /// up to ``limit``, in article order.
    static func statistics(_ ctx: SheetContext) -> [Statistic] {
        let model = ctx.article
        let shown = model.statistics.filter { !ctx.hides($0) && ctx.shownSentence(of: $0) != nil }
        let discussed = Set(model.questions.flatMap(\.related))
        let evidence = Set(model.evidence.compactMap(\.statistic))
        let ranked = shown.filter { discussed.contains($0.id) } + shown.filter { !discussed.contains($0.id) && evidence.contains($0.id) }
            + shown.filter { !discussed.contains($0.id) && !evidence.contains($0.id) }
        return ActivitySelection.inArticleOrder(Array(ranked.prefix(limit)))
    }

    static func isExact(_ s: Statistic) -> Bool {
        if case .exact = s.value { return !s.approximate }
        return false
    }

    /// The word bank: every chosen figure's measure, once, in A–Z order (so its order gives nothing away).
    static func bank(_ stats: [Statistic]) -> [String] {
        var seen: Set<String> = []
        return stats.map(\.measures).filter { seen.insert($0.lowercased()).inserted }
            .sorted { $0.lowercased() < $1.lowercased() }
    }

    static func columns(_ stats: [Statistic]) -> [ActivityColumn] {
        [
            ActivityColumn(title: "#", width: 4, wrap: false, role: .given),
            ActivityColumn(title: "¶", width: 5, wrap: false, role: .given),
            ActivityColumn(title: "The figure", width: 14, role: .given),
            ActivityColumn(title: "In the article", width: 44, role: .given),
            ActivityColumn(title: "What does it measure?", width: 34,
                           role: .input(.bank(bank(stats), label: "What the figures measure (pick from these; A–Z)"),
                                        prompt: "Pick what this figure counts or measures from the list.")),
            ActivityColumn(title: "Exact or approximate?", width: 13,
                           role: .input(.choice(exactness), prompt: "Is it an exact count, or a rough or round figure?")),
            ActivityColumn(title: "What does it leave out?", width: 34,
                           role: .input(.text, prompt: "What would you need to know before trusting or comparing this figure?")),
            ActivityColumn(title: "Source and notes (teacher)", width: 36, role: .teacherOnly),
        ]
    }

    /// The sentence with only the figure in bold when the excerpt holds it as written.
    static func figureHighlighted(_ s: Statistic) -> (ArticleSentence) -> ArticleSentence {
        { sentence in
            var result = sentence
            let characters = Array(sentence.text), figure = Array(s.asWritten)
            let range = sentence.highlight.clamped(to: 0..<characters.count)
            let same = { (a: Character, b: Character) in a == b || a.lowercased() == b.lowercased() }
            guard !figure.isEmpty, figure.count <= range.count else { return result }
            for start in range.lowerBound...(range.upperBound - figure.count)
            where figure.indices.allSatisfy({ same(characters[start + $0], figure[$0]) }) {
                result.highlight = start..<(start + figure.count)
                break
            }
            return result
        }
    }

    static func notes(_ s: Statistic) -> String {
        var parts: [String] = []
        if let source = s.source { parts.append("Source: " + source + ".") }
        if let population = s.population { parts.append("Population: " + population + ".") }
        if let note = s.teacherNote { parts.append(note) }
        return parts.joined(separator: " ")
    }

    static func write(_ ws: Worksheet, _ ctx: SheetContext) throws {
        let plain = ctx.input.audience.preferPlain
        try ActivityTable.writeTitle(ws, ctx,
            student: plain
                ? "Find each figure in its sentence. Pick what it measures from the list under the table, say if it is exact, and write what it does not tell you."
                : "For each figure, say what it measures (the list is under the table), whether it is exact, and what it leaves out.",
            teacher: "“What does it leave out?” has no single answer: the model's caveat is one good one.")
        let stats = statistics(ctx)
        guard !stats.isEmpty else {
            return try SheetTable.writeEmpty(ws, ctx, sentence: "This article gives no figures to check.")
        }
        let rows = stats.enumerated().map { i, s -> [CellValue] in
            let sentence = ctx.shownSentence(of: s).map(figureHighlighted(s))
            return [
                .number(Double(i + 1), WorkbookStyle.paragraph), .paragraph(s.location?.paragraph),
                .styled(s.asWritten, WorkbookStyle.wrapped.with { $0.bold = true }),
                sentence.map { .emphasized($0.text, highlight: $0.highlight) } ?? .blank,
                .text(s.measures), .text(isExact(s) ? exactness[0] : exactness[1]), .text(s.caveat ?? ""),
                .styled(notes(s), WorkbookStyle.teacherNote),
            ]
        }
        try ActivityTable.write(ws, ctx, columns: columns(stats), rows: rows)
    }
}
