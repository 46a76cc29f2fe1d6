import PacketModel

/// How activities choose their rows: items students may see (the audience's sensitivity), that
/// the article locates, in the order they appear; where an activity has room for only some,
/// those the quiz does not ask about come first, so the activity practises what the quiz leaves out.
enum ActivitySelection {
    /// Paragraph and offset: the order in which a reader meets the item.
    static func order(_ item: some Excerpted) -> (Int, Int) {
        (item.location?.paragraph ?? Int.max, item.location?.offset ?? Int.max)
    }

    static func inArticleOrder<T: Excerpted>(_ items: [T]) -> [T] {
        items.enumerated().sorted { a, b in
            let (pa, oa) = order(a.element), (pb, ob) = order(b.element)
            return (pa, oa, a.offset) < (pb, ob, b.offset)
        }.map(\.element)
    }

    /// Ids of the model items that items of these types, on any form of the quiz, are built from.
    static func quizSources(_ input: RenderInput, types: Set<QuizItemType>) -> Set<String> {
        Set(input.quiz.forms.flatMap(\.items).filter { types.contains($0.type) }.flatMap(\.sources))
    }

    /// `count` of `items` evenly spaced from first to last, so a selection covers the whole article.
    static func spread<T>(_ items: [T], _ count: Int) -> [T] {
        guard items.count > count else { return items }
        guard count > 1 else { return count == 1 ? [items[items.count / 2]] : [] }
        return (0..<count).map { items[$0 * (items.count - 1) / (count - 1)] }
    }

    /// Up to `limit` items from groups (each in article order), as evenly shared among the groups
    /// as they allow and spread through each group.
    static func balanced<T>(_ groups: [[T]], limit: Int) -> [T] {
        var quota = groups.map { _ in 0 }
        var left = limit
        while left > 0 {
            let open = groups.indices.filter { quota[$0] < groups[$0].count }
            guard !open.isEmpty else { break }
            for g in open where left > 0 { quota[g] += 1; left -= 1 }
        }
        return groups.indices.flatMap { spread(groups[$0], quota[$0]) }
    }

    /// Up to `limit` of `candidates` (already in the order of preference within each group),
    /// those not in `asked` first, returned in article order.
    static func pick<T: Excerpted>(_ candidates: [T], limit: Int, asked: Set<String>) -> [T] {
        let fresh = candidates.filter { !asked.contains($0.id) }
        let rest = candidates.filter { asked.contains($0.id) }
        return inArticleOrder(Array((fresh + rest).prefix(limit)))
    }
}
