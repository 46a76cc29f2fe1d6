import PacketModel

/// "Which evidence from the article supports this claim?" The answer is evidence the model links to
/// the claim directly (its `supports`); distractors are evidence that supports the claim by no chain
/// at all. Asked about opinions, predictions, values and policies, where evidence is argument; a
/// factual claim often just restates its evidence, so facts are asked only when the model has no
/// other claim to ask about. Of the direct evidence, the one that least repeats the claim's words is
/// the answer; when even that repeats half of them, the item would test word matching, not
/// reading, and is not made.
enum ClaimEvidenceGenerator: ItemGenerator {
    static let type = QuizItemType.claimEvidence
    /// The largest share of the claim's content words the answer may repeat.
    static let maximumOverlap = 0.5

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let arguable = items(for: context.claims.filter { $0.kind != .fact }, context, oracle)
        return arguable.isEmpty ? items(for: context.claims.filter { $0.kind == .fact }, context, oracle) : arguable
    }

    private static func items(for claims: [Claim], _ context: QuizContext, _ oracle: TruthOracle) -> [QuizItem] {
        claims.compactMap { claim in
            guard let claimSupport = context.support(claim), !context.graph.isCounterargumentOrAnswer(claim.id) else { return nil }
            // The evidence the model links to the claim directly, by place in `context.evidence`.
            let direct = Set(context.graph.directSupporters(of: claim.id).compactMap(context.evidencePlace)).sorted()
            guard !direct.isEmpty else { return nil }
            let statement = context.statement(of: claim)
            // Evidence quoted within the claim's own sentence restates it: as the answer it would be
            // word matching, not reading; as a wrong answer it would be right.
            let inOwnSentence = { (place: Int) in statement.passage.map { Self.contains($0, context.evidence[place]) } ?? false }
            let supporting = direct.filter { !inOwnSentence($0) }.map { context.evidence[$0] }
            let id = "claim-evidence.\(claim.id)"
            var random = context.random(for: id)
            let wording = context.wording(claim)
            let ranked = random.shuffled(supporting).map { (evidence: $0, overlap: WordOverlap.share(of: wording, repeatedIn: $0.summary)) }
            guard let best = ranked.min(by: { $0.overlap < $1.overlap }), best.overlap < maximumOverlap,
                  let passage = context.passage(for: best.evidence, limit: 220) else { return nil }
            let evidence = best.evidence
            let distractors = Distractors.pick(context.optionCount - 1, for: evidence.summary,
                                               from: unrelatedEvidence(to: claim, context).map { $0.filter { !inOwnSentence($0) }.map { context.evidence[$0].summary } },
                                               isTrue: { oracle.supports($0, claim: claim) }, random: &random)
            return QuizItem.choice(id: id, type: type, kind: .evidenceForClaim, skill: .evidence, dok: 2,
                                   stem: "\(statement.text) Which evidence from the article supports this claim?",
                                   answer: evidence.summary, distractors: distractors,
                                   explanation: "The article offers it: \(passage.quoted) \(passage.citation). Editor’s note on the evidence: \(evidence.assessment)",
                                   support: [passage.support, statement.passage?.support ?? claimSupport].unique,
                                   bloom: .analyze, difficulty: .hard, sources: [claim.id, evidence.id])
        }
    }

    /// Evidence that could not be read as support for the claim, in tiers, as places in
    /// `context.evidence`: none of it supports the claim, anything the claim supports, or an
    /// opposing view that argues against any of these; and, about a claim of the main line, it
    /// comes from outside the main line (in a tightly argued article the main line's evidence
    /// loosely supports all of it).
    static func unrelatedEvidence(to claim: Claim, _ context: QuizContext) -> [[Int]] {
        let graph = context.graph
        let line = graph.supported(by: claim.id).union([claim.id])
        var near = graph.supportTree(of: claim.id).union(line)
        for view in line.flatMap(graph.attackers(of:)) {
            near.formUnion(graph.supportTree(of: view).union([view]))
        }
        let tree = context.mainLine
        let counter = graph.counterargumentClusters
        let inMainLine = tree.contains(claim.id)
        var otherSide: [Int] = [], views: [Int] = []
        for place in context.evidence.indices {
            let id = context.evidence[place].id
            guard !near.contains(id), near.isDisjoint(with: graph.directTargets(of: id)) else { continue }
            if counter.contains(id) {
                views.append(place)
            } else if tree.contains(id) != inMainLine {
                otherSide.append(place)
            }
        }
        return [otherSide, views]
    }

    /// True when the evidence's excerpt lies within the passage.
    static func contains(_ passage: Passage, _ evidence: Evidence) -> Bool {
        guard let l = evidence.location, l.paragraph == passage.support.paragraph else { return false }
        let key = TextNormal.key(evidence.excerpt)
        return !key.isEmpty && (" " + TextNormal.key(passage.support.text) + " ").contains(" " + key + " ")
    }
}
