import PacketModel

/// What an item is about: its sources plus the people, quotes and numbers they link to (a quote's
/// speaker, an event's people, a claim's asserter and the quotes and numbers its evidence rests on). Two items
/// on one form that share a topic may give each other away (an event naming Nagata next to
/// "Who said this?" about Nagata's words), so the selector keeps them apart when it can.
struct ItemTopics {
    private var links: [String: [String]] = [:]

    init(model: ArticleModel) {
        for q in model.quotes { links[q.id] = [q.speaker] }
        for e in model.events { links[e.id] = e.people + e.places }
        for c in model.allClaims where c.assertedBy != "author" { links[c.id] = [c.assertedBy] }
        for e in model.evidence {
            let rests = [e.statistic, e.quote].compactMap { $0 }
            links[e.id] = rests
            // A claim resting on a quote or number is about that quote or number too.
            for claim in e.supports { links[claim, default: []].append(contentsOf: rests) }
        }
    }

    func keys(_ item: QuizItem) -> Set<String> {
        var keys = Set(item.sources)
        for source in item.sources { keys.formUnion(links[source] ?? []) }
        return keys
    }
}
