import PacketModel

/// Matching: people to their roles, and terms to their definitions. Needs three pairs with
/// distinct right-hand sides; uses at most `options + 1` pairs so the item stays readable.
enum MatchingGenerator: ItemGenerator {
    static let type = QuizItemType.matching

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let limit = context.optionCount + 1
        var items: [QuizItem] = []
        let people = distinct(context.people.map { (prompt: $0.name, match: $0.role, id: $0.id,
                                                    cite: context.citation(for: $0)) }, limit: limit)
        if let item = make(id: "matching.people", stem: "Match each person to the role the article gives them.",
                           rows: people, bloom: .remember, context: context) {
            items.append(item)
        }
        let terms = distinct(context.vocabulary.map { (prompt: $0.term, match: $0.definition, id: $0.id,
                                                       cite: (paragraph: $0.location?.paragraph, excerpt: $0.excerpt)) },
                             limit: limit)
        if let item = make(id: "matching.vocabulary", stem: "Match each term from the article to its meaning.",
                           rows: terms, bloom: .understand, context: context) {
            items.append(item)
        }
        return items
    }

    typealias Row = (prompt: String, match: String, id: String, cite: (paragraph: Int?, excerpt: String))

    /// Rows whose prompts and matches are all different after normalising, and that cite a paragraph.
    private static func distinct(_ rows: [Row], limit: Int) -> [Row] {
        var prompts: Set<String> = [], matches: Set<String> = []
        var result: [Row] = []
        for row in rows where result.count < limit && row.cite.paragraph != nil {
            let p = TextNormal.key(row.prompt), m = TextNormal.key(row.match)
            guard !prompts.contains(p), !matches.contains(m) else { continue }
            prompts.insert(p); matches.insert(m)
            result.append(row)
        }
        return result
    }

    private static func make(id: String, stem: String, rows: [Row], bloom: BloomLevel, context: QuizContext) -> QuizItem? {
        guard rows.count >= 3, let first = rows.first else { return nil }
        var random = context.random(for: id)
        let pairs = rows.map { MatchPair(prompt: $0.prompt, match: $0.match) }
        let options = Shuffle.notInOrder(pairs.map(\.match), random: &random)
        let explanation = rows.map { row in
            "\(row.prompt): \(row.match)" + (row.cite.paragraph.map { " [¶\($0)]" } ?? "")
        }.joined(separator: "; ") + "."
        return QuizItem(id: id, type: type, stem: stem, options: options, answer: .matching(pairs),
                        explanation: explanation, paragraph: first.cite.paragraph, excerpt: first.cite.excerpt,
                        bloom: bloom, difficulty: rows.count > 4 ? .medium : .easy, sources: rows.map(\.id))
    }
}
