import PacketModel

/// The model a review copy (`packet build --draft`) is built from: nothing in it still says TODO.
///
/// A draft holds placeholder text wherever only a person can write (what a figure measures, a
/// person's role, a definition). A review copy must never print a placeholder, so every
/// optional value that is one is left out, and every item whose essential text is one (a claim's
/// wording, a figure's `measures`, a term's definition…) is left out with everything that
/// points at it. What remains is what the draft could actually say.
package enum ReviewCopy {
    package static func model(from model: ArticleModel) -> ArticleModel {
        var m = model
        let todo = PlaceholderScan.isPlaceholder
        func keep(_ text: String?) -> String? { text.flatMap { todo($0) ? nil : $0 } }

        m.metadata.outlet = todo(m.metadata.outlet) ? "" : m.metadata.outlet
        m.metadata.author = keep(m.metadata.author)
        m.metadata.dek = keep(m.metadata.dek)
        m.metadata.sourceNote = keep(m.metadata.sourceNote)
        m.metadata.published.note = keep(m.metadata.published.note)
        m.metadata.advisory.teacherNote = keep(m.metadata.advisory.teacherNote)
        m.metadata.advisory.topics = m.metadata.advisory.topics.filter { !todo($0) }
        m.summary = todo(m.summary) ? "" : m.summary
        m.plainSummary = keep(m.plainSummary)

        func clean(_ claim: Claim) -> Claim {
            var c = claim
            c.plain = keep(c.plain); c.hedge = keep(c.hedge); c.teacherNote = keep(c.teacherNote)
            return c
        }
        m.thesis = clean(m.thesis)
        if todo(m.thesis.text) { m.thesis.text = "“\(m.thesis.excerpt)”" }
        m.claims = m.claims.filter { !todo($0.text) }.map(clean)

        m.statistics = m.statistics.filter { !todo($0.measures) && !todo($0.asWritten) && !todo($0.unit) }.map { s in
            var s = s
            s.population = keep(s.population); s.place = keep(s.place); s.source = keep(s.source)
            s.caveat = keep(s.caveat); s.teacherNote = keep(s.teacherNote)
            return s
        }
        func entities(_ list: [Entity]) -> [Entity] {
            list.filter { !todo($0.name) }.map { e in
                var e = e
                if todo(e.role) { e.role = "" }
                e.stance = keep(e.stance); e.teacherNote = keep(e.teacherNote)
                e.aliases = e.aliases.filter { !todo($0) }
                return e
            }
        }
        m.people = entities(m.people)
        m.organizations = entities(m.organizations)
        m.places = entities(m.places)
        let named = Set(m.entities.map(\.id)).union(["author"])

        m.quotes = m.quotes.filter { !todo($0.text) && named.contains($0.speaker) }.map { q in
            var q = q
            q.role = keep(q.role); q.context = keep(q.context); q.teacherNote = keep(q.teacherNote)
            return q
        }
        m.events = m.events.filter { !todo($0.description) }.map { e in
            var e = e
            e.teacherNote = keep(e.teacherNote)
            e.people = e.people.filter(named.contains); e.places = e.places.filter(named.contains)
            return e
        }
        m.vocabulary = m.vocabulary.filter { !todo($0.definition) && !todo($0.partOfSpeech) }

        let claimIds = Set(m.allClaims.map(\.id))
        let statisticIds = Set(m.statistics.map(\.id)), quoteIds = Set(m.quotes.map(\.id))
        m.evidence = m.evidence.filter { !todo($0.summary) }.compactMap { e in
            var e = e
            e.supports = e.supports.filter(claimIds.contains)
            guard !e.supports.isEmpty else { return nil }
            if todo(e.assessment) { e.assessment = "" }
            e.statistic = e.statistic.flatMap { statisticIds.contains($0) ? $0 : nil }
            e.quote = e.quote.flatMap { quoteIds.contains($0) ? $0 : nil }
            return e
        }
        let arguable = claimIds.union(m.evidence.map(\.id))
        m.relations = m.relations.filter { arguable.contains($0.from) && claimIds.contains($0.to) }.map { r in
            var r = r
            r.note = keep(r.note)
            return r
        }
        let itemIds = arguable.union(statisticIds).union(quoteIds).union(m.events.map(\.id))
            .union(m.vocabulary.map(\.id)).union(named)
        m.questions = m.questions.filter { !todo($0.prompt) }.map { q in
            var q = q
            q.rubric = q.rubric.filter { !todo($0.criterion) && !todo($0.description) }
            q.related = q.related.filter(itemIds.contains)
            return q
        }
        m.implications = m.implications.filter { !todo($0) }
        m.watchFor = m.watchFor.filter { !todo($0) }
        return m
    }
}
