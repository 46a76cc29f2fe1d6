import PacketModel

/// Matching: people to the article's own words about them, and terms to their meanings. Needs three
/// pairs with distinct right-hand sides; uses at most `options + 1` pairs so the item stays readable.
enum MatchingGenerator: ItemGenerator {
    static let type = QuizItemType.matching

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let limit = context.optionCount + 1
        var items: [QuizItem] = []
        let people = distinct(context.people.compactMap { person in
            context.description(of: person).map { (prompt: person.name, match: $0.text, id: person.id, support: Optional($0)) }
        }, limit: limit)
        if let item = make(id: "matching.people", kind: .peopleMatched, skill: .recall,
                           stem: "Match each person to the words the article uses to describe them.",
                           rows: people, bloom: .remember, context: context) {
            items.append(item)
        }
        let terms = distinct(context.vocabulary.map { term in
            (prompt: term.term, match: term.definition, id: term.id, support: context.support(term))
        }, limit: limit)
        if let item = make(id: "matching.vocabulary", kind: .termsMatched, skill: .vocabulary,
                           stem: "Match each word from the article to its meaning.",
                           rows: terms, bloom: .understand, context: context) {
            items.append(item)
        }
        return items
    }

    typealias Row = (prompt: String, match: String, id: String, support: SupportingExcerpt?)

    /// Rows whose prompts and matches are all different after normalising, and that cite a paragraph.
    private static func distinct(_ rows: [Row], limit: Int) -> [Row] {
        var prompts: Set<String> = [], matches: Set<String> = []
        var result: [Row] = []
        for row in rows where result.count < limit && row.support != nil {
            let p = TextNormal.key(row.prompt), m = TextNormal.key(row.match)
            guard !prompts.contains(p), !matches.contains(m) else { continue }
            prompts.insert(p); matches.insert(m)
            result.append(row)
        }
        return result
    }

    private static func make(id: String, kind: QuizItemKind, skill: QuizSkill, stem: String, rows: [Row],
                             bloom: BloomLevel, context: QuizContext) -> QuizItem? {
        guard rows.count >= 3 else { return nil }
        var random = context.random(for: id)
        let pairs = rows.map { MatchPair(prompt: $0.prompt, match: $0.match) }
        let options = Shuffle.notInOrder(pairs.map(\.match), random: &random)
        let explanation = rows.map { row in
            "\(row.prompt): \(row.match)" + (row.support.map { " [¶\($0.paragraph)]" } ?? "")
        }.joined(separator: "; ") + "."
        return QuizItem(id: id, type: type, kind: kind, skill: skill, dok: 1, stem: stem, options: options,
                        answer: .matching(pairs), explanation: explanation, support: rows.compactMap(\.support),
                        bloom: bloom, difficulty: rows.count > 4 ? .medium : .easy, sources: rows.map(\.id))
    }
}
