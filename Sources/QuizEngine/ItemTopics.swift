import PacketModel

/// What an item is about: its sources plus the people, quotes and numbers they link to (a quote's
/// speaker, an event's people, a claim's asserter and the quotes and numbers its evidence rests on). Two items
/// on one form that share a topic may give each other away (an event naming Nagata next to
/// "Who said this?" about Nagata's words), so the selector keeps them apart when it can.
struct ItemTopics {
    private var links: [String: [String]] = [:]
    /// The counterargument each claim raises or answers.
    private var views: [String: String] = [:]
    /// The word a vocabulary term or craft note is about, as a comparison key.
    private var words: [String: String] = [:]

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
        for term in model.vocabulary { words[term.id] = TextNormal.key(term.term) }
        for note in model.craft { words[note.id] = TextNormal.key(note.words) }
        for r in model.relations where r.type == .attacks { views[r.from] = r.from }
        for r in model.relations where r.type == .rebuts { views[r.from] = r.to }
        // Claims and evidence for an opposing view, its answer and the view itself share one topic:
        // an item on any of them shows the others' answers.
        let graph = ArgumentGraph(model: model)
        for view in graph.counterarguments {
            for id in graph.supportTree(of: view).union(graph.rebuttals(of: view)).union([view]) {
                links[id, default: []].append("view:" + view)
            }
        }
    }

    func keys(_ item: QuizItem) -> Set<String> {
        var keys = Set(item.sources)
        for source in item.sources { keys.formUnion(links[source] ?? []) }
        return keys
    }

    /// What two items on one form must never share, because one would answer the other or ask the
    /// same thing twice: the model item an item asks about (its first source), the opposing view a
    /// counterargument item states (every item about one opposing view states it), and the word a
    /// vocabulary or craft item asks about.
    func exclusive(_ item: QuizItem) -> Set<String> {
        var keys: Set<String> = []
        if let first = item.sources.first {
            keys.insert(first)
            if let word = words[first] { keys.insert("word:" + word) }
        }
        if item.skill == .counterargument {
            for source in item.sources { if let view = views[source] { keys.insert("view:" + view) } }
        }
        return keys
    }
}
