/// The argument as a class reads it: the thesis, the main lines of argument (claims that bear
/// directly on the thesis), each with its strongest evidence, and the counterarguments with the
/// author's answers. Worked out once from the model's relations, for every renderer that selects
/// rather than dumps (the briefing, the teacher's guide).
package struct ArgumentOutline: Sendable {
    /// A claim that supports the thesis directly, the claims that support it in turn, and the
    /// evidence for it or for anything beneath it, strongest first.
    package struct MainLine: Sendable {
        package var claim: Claim
        package var reasons: [Claim]
        package var evidence: [Evidence]
    }

    /// A reason to doubt a claim of the article, what backs it, and how the author answers it.
    package struct Counterargument: Sendable {
        /// The claim that raises it (nil when the model has evidence, not a claim, attack).
        package var claim: Claim?
        package var evidence: Evidence?
        /// The claim it argues against.
        package var target: Claim?
        package var note: String?
        package var backing: [Claim]
        package var answers: [(claim: Claim, note: String?)]
        /// The editor's wording of the counterargument.
        package func text(preferPlain: Bool) -> String {
            claim?.wording(preferPlain: preferPlain) ?? evidence?.summary ?? ""
        }
        package var citation: String { claim?.citation ?? evidence?.citation ?? "" }
    }

    package let mainLines: [MainLine]
    package let counterarguments: [Counterargument]
    /// Claims that raise, back or answer a counterargument (they are not main lines).
    package let counterargumentIDs: Set<String>

    package init(_ article: ArticleModel) {
        let relations = article.relations
        let attacks = relations.filter { $0.type == .attacks }
        let attackers = Set(attacks.map(\.from))
        let backing = relations.filter { $0.type == .supports && attackers.contains($0.to) }.map(\.from)
        let answers = relations.filter { $0.type == .rebuts }.map(\.from)
        let excluded = attackers.union(backing).union(answers)
        counterargumentIDs = excluded

        // Who supports what, and each claim's place in the model, looked up once (an argument
        // map's every claim asks).
        var supportingIDs: [String: Set<String>] = [:]
        for relation in relations where relation.type == .supports { supportingIDs[relation.to, default: []].insert(relation.from) }
        let position = Dictionary(article.claims.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        func supporters(of id: String) -> [Claim] {
            guard let ids = supportingIDs[id] else { return [] }
            return ArgumentOutline.inArticleOrder(ids.compactMap { position[$0] }.sorted().map { article.claims[$0] })
        }
        /// The claim and every claim beneath it through `supports`, excluding counterarguments.
        func subtree(_ id: String) -> Set<String> {
            var seen: Set<String> = [id]
            var queue = [id]
            while let next = queue.popLast() {
                for claim in supporters(of: next) where !excluded.contains(claim.id) && seen.insert(claim.id).inserted {
                    queue.append(claim.id)
                }
            }
            return seen
        }
        // The evidence for each claim, by its place in the model.
        var evidenceFor: [String: [Int]] = [:]
        for (index, evidence) in article.evidence.enumerated() {
            for id in Set(evidence.supports) { evidenceFor[id, default: []].append(index) }
        }
        mainLines = supporters(of: article.thesis.id).filter { !excluded.contains($0.id) }.map { claim in
            let ids = subtree(claim.id)
            let evidence = Set(ids.flatMap { evidenceFor[$0] ?? [] }).sorted().map { article.evidence[$0] }
            return MainLine(claim: claim, reasons: supporters(of: claim.id).filter { !excluded.contains($0.id) },
                            evidence: ArgumentOutline.strongestFirst(evidence, in: article))
        }
        let claimsByID = Dictionary(article.allClaims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let evidenceByID = Dictionary(article.evidence.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rebuttals: [String: [Relation]] = [:]
        for relation in relations where relation.type == .rebuts { rebuttals[relation.to, default: []].append(relation) }
        counterarguments = attacks.compactMap { relation in
            let claim = claimsByID[relation.from]
            let evidence = evidenceByID[relation.from]
            guard claim != nil || evidence != nil else { return nil }
            let answers = (rebuttals[relation.from] ?? []).compactMap { rebuttal in
                claimsByID[rebuttal.from].map { (claim: $0, note: rebuttal.note) }
            }
            return Counterargument(claim: claim, evidence: evidence, target: claimsByID[relation.to], note: relation.note,
                                   backing: supporters(of: relation.from), answers: answers)
        }
    }

    /// At most `limit` main lines — those whose strongest evidence is strongest first, then those
    /// with any evidence, then the rest — in the order the article makes them.
    package func mainLines(limit: Int?, in article: ArticleModel) -> [MainLine] {
        guard let limit, limit < mainLines.count else { return mainLines }
        var rank: [String: Int] = [:]
        for (place, evidence) in ArgumentOutline.strongestFirst(mainLines.flatMap(\.evidence), in: article).enumerated()
        where rank[evidence.id] == nil { rank[evidence.id] = place }
        let best = mainLines.enumerated().sorted { a, b in
            let ra = a.element.evidence.first.flatMap { rank[$0.id] } ?? Int.max
            let rb = b.element.evidence.first.flatMap { rank[$0.id] } ?? Int.max
            return (ra, a.offset) < (rb, b.offset)
        }.prefix(limit).map(\.offset)
        let kept = Set(best)
        return mainLines.enumerated().filter { kept.contains($0.offset) }.map(\.element)
    }

    /// Claims in the order the article makes them (by paragraph, then model order).
    package static func inArticleOrder(_ claims: [Claim]) -> [Claim] {
        claims.enumerated()
            .sorted { ($0.element.location?.paragraph ?? Int.max, $0.offset) < ($1.element.location?.paragraph ?? Int.max, $1.offset) }
            .map(\.element)
    }

    /// Evidence ranked by the editor's strength, then by kind (a study or a statistic before an
    /// expert, a quote, an example, an analogy), then by where it stands in the article.
    package static func strongestFirst(_ evidence: [Evidence], in article: ArticleModel) -> [Evidence] {
        let kindRank: [EvidenceType: Int] = [.study: 0, .statistic: 1, .expert: 2, .quote: 3, .example: 4, .analogy: 5]
        let strengthRank: (Evidence) -> Int = { item in
            switch item.strength { case .strong?: 0; case .moderate?: 1; case nil: 2; case .weak?: 3 }
        }
        return evidence.enumerated().sorted { a, b in
            (strengthRank(a.element), kindRank[a.element.type] ?? 9, a.element.location?.paragraph ?? Int.max, a.offset)
                < (strengthRank(b.element), kindRank[b.element.type] ?? 9, b.element.location?.paragraph ?? Int.max, b.offset)
        }.map(\.element)
    }

    /// The numbers that matter most, at most `limit`, shown in article order. Chosen first: those
    /// behind the argument's evidence (strongest evidence first); then those the authored questions
    /// ask about; then those with a named source; then the rest.
    package static func keyStatistics(_ article: ArticleModel, outline: ArgumentOutline, limit: Int?) -> [Statistic] {
        var chosen: [String] = []
        let evidence = outline.mainLines.flatMap(\.evidence)
        for item in strongestFirst(evidence, in: article) {
            if let id = item.statistic, !chosen.contains(id) { chosen.append(id) }
        }
        let byPosition = article.statistics.enumerated().sorted {
            ($0.element.location?.paragraph ?? Int.max, $0.offset) < ($1.element.location?.paragraph ?? Int.max, $1.offset)
        }.map(\.element)
        let asked = Set(article.questions.flatMap(\.related))
        for stat in byPosition where asked.contains(stat.id) && !chosen.contains(stat.id) { chosen.append(stat.id) }
        for stat in byPosition where stat.source != nil && !chosen.contains(stat.id) { chosen.append(stat.id) }
        for stat in byPosition where !chosen.contains(stat.id) { chosen.append(stat.id) }
        let kept = Set(chosen.prefix(limit ?? chosen.count))
        return byPosition.filter { kept.contains($0.id) }
    }

    /// Up to four claims for "fact, opinion or prediction?" (only those three kinds, so the question
    /// has its answer among its choices), taking the kinds in turn so the answers differ, in the
    /// order the article makes them. Claims the audience hides, or whose words name someone it
    /// hides, are never chosen. The briefing asks them; the teacher's guide keys them.
    package static func claimChecks(_ article: ArticleModel, audience: Audience, count: Int = 4) -> [Claim] {
        let names = HiddenNames(article: article, audience: audience)
        let kinds: [ClaimKind] = [.fact, .opinion, .prediction]
        let candidates = inArticleOrder(article.claims).filter {
            kinds.contains($0.kind) && !audience.sensitivity.hides($0) && names.names(in: $0.excerpt).isEmpty
        }
        var byKind: [ClaimKind: [Claim]] = [:]
        for claim in candidates { byKind[claim.kind, default: []].append(claim) }
        var chosen: [Claim] = []
        var round = 0
        while chosen.count < count, byKind.values.contains(where: { $0.count > round }) {
            for kind in kinds where chosen.count < count {
                if let list = byKind[kind], list.count > round { chosen.append(list[round]) }
            }
            round += 1
        }
        return inArticleOrder(chosen)
    }
}
