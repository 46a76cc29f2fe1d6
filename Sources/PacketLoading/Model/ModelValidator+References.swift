import PacketModel

extension ModelValidator {
    /// Every reference by id must name an item of the right kind.
    func checkReferences(_ model: ArticleModel) {
        let claims = Set(model.allClaims.map(\.id))
        let evidence = Set(model.evidence.map(\.id))
        let people = Set(model.people.map(\.id))
        let places = Set(model.places.map(\.id))
        let all = Set(model.allClaims.map(\.id) + model.evidence.map(\.id) + model.statistics.map(\.id)
            + model.quotes.map(\.id) + model.entities.map(\.id) + model.events.map(\.id)
            + model.vocabulary.map(\.id) + model.craft.map(\.id) + model.questions.map(\.id) + model.aftermath.map(\.id))

        let sections = ["person": ["people"], "place": ["places"], "claim": ["claims"], "statistic": ["statistics"],
                        "quote": ["quotes"], "claim or evidence": ["claims", "evidence"]]
        func check(_ id: String, in known: Set<String>, _ kind: String, _ path: String, allowAuthor: Bool = false) {
            if allowAuthor && id == "author" { return }
            if !failedLists.isDisjoint(with: sections[kind] ?? Array(failedLists)) { return }  // already reported
            if known.contains(id) { return }
            if declaredIds.contains(id) && !all.contains(id) { return }  // the item failed to read: already reported
            let hint = all.contains(id) ? " ('\(id)' is not a \(kind))" : ""
            sink.error("unknown \(kind) id '\(id)'\(hint)", at: mark(path))
        }

        for (i, claim) in model.allClaims.enumerated() {
            let path = i == 0 ? "thesis" : "claims[\(i - 1)]"
            check(claim.assertedBy, in: people, "person", "\(path).asserted_by", allowAuthor: true)
        }
        for (i, relation) in model.relations.enumerated() {
            check(relation.from, in: claims.union(evidence), "claim or evidence", "relations[\(i)].from")
            check(relation.to, in: claims, "claim", "relations[\(i)].to")
            if relation.from == relation.to {
                sink.error("relation from '\(relation.from)' to itself", at: mark("relations[\(i)]"))
            }
        }
        for (i, item) in model.evidence.enumerated() {
            for (j, id) in item.supports.enumerated() { check(id, in: claims, "claim", "evidence[\(i)].supports[\(j)]") }
            if let s = item.statistic { check(s, in: Set(model.statistics.map(\.id)), "statistic", "evidence[\(i)].statistic") }
            if let q = item.quote { check(q, in: Set(model.quotes.map(\.id)), "quote", "evidence[\(i)].quote") }
        }
        for (i, quote) in model.quotes.enumerated() {
            check(quote.speaker, in: people, "person", "quotes[\(i)].speaker", allowAuthor: true)
        }
        for (i, event) in model.events.enumerated() {
            for (j, id) in event.people.enumerated() { check(id, in: people, "person", "events[\(i)].people[\(j)]") }
            for (j, id) in event.places.enumerated() { check(id, in: places, "place", "events[\(i)].places[\(j)]") }
        }
        for (i, question) in model.questions.enumerated() {
            for (j, id) in question.related.enumerated() { check(id, in: all, "model item", "questions[\(i)].related[\(j)]") }
        }
        for (i, event) in model.aftermath.enumerated() {
            for (j, id) in event.bearsOn.enumerated() { check(id, in: claims, "claim", "aftermath[\(i)].bears_on[\(j)]") }
        }
        checkRebuttals(model)
    }

    /// A rebuttal should answer a counterargument: its target should attack something.
    private func checkRebuttals(_ model: ArticleModel) {
        let attackers = Set(model.relations.filter { $0.type == .attacks }.map(\.from))
        for (i, relation) in model.relations.enumerated() where relation.type == .rebuts {
            if !attackers.contains(relation.to) {
                sink.warning("'\(relation.from)' rebuts '\(relation.to)', but '\(relation.to)' attacks nothing: a rebuttal answers a counterargument",
                             at: mark("relations[\(i)]"))
            }
        }
    }

    /// Percentages within 0–100, ranges in order, periods in order.
    func checkNumbers(_ model: ArticleModel) {
        for (i, stat) in model.statistics.enumerated() {
            let path = "statistics[\(i)]"
            if case .range(let lo, let hi?) = stat.value, lo > hi {
                sink.error("range has min \(QuizItem.format(lo)) greater than max \(QuizItem.format(hi))", at: mark("\(path).value"))
            }
            if stat.isPercent {
                let values = Set([stat.value.minimum] + (stat.value.maximum.map { [$0] } ?? [])).sorted()
                for v in values where !(0...100).contains(v) {
                    sink.error("percentage \(QuizItem.format(v)) is outside 0–100", at: mark("\(path).value"))
                }
            }
            if let start = stat.period?.start, let end = stat.period?.end, end < start {
                sink.error("period ends (\(end)) before it starts (\(start))", at: mark("\(path).period"))
            }
        }
    }
}
