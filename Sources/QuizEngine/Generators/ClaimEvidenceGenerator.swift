import PacketModel

/// "Which evidence does the article offer for this claim?" The answer is evidence that supports
/// the claim; distractors are evidence the article gives for other claims. Asked about opinions,
/// predictions, values and policies, where evidence is argument; a factual claim often just restates
/// its evidence, so facts are asked only when the model has no other claim to ask about. Of the
/// supporting evidence, the one that least repeats the claim's words is the answer; when even that
/// repeats half of them, the item would test word matching, not reading, and is not made.
enum ClaimEvidenceGenerator: ItemGenerator {
    static let type = QuizItemType.claimEvidence
    /// The largest share of the claim's content words the answer may repeat.
    static let maximumOverlap = 0.5

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let arguable = items(for: context.claims.filter { $0.kind != .fact }, context, oracle)
        return arguable.isEmpty ? items(for: context.claims.filter { $0.kind == .fact }, context, oracle) : arguable
    }

    private static func items(for claims: [Claim], _ context: QuizContext, _ oracle: TruthOracle) -> [QuizItem] {
        // Each summary's key once, not once per claim: the supporting evidence of every claim is
        // then found by key (the same evidence `oracle.supports` accepts).
        let keys = context.evidence.map { TextNormal.key($0.summary) }
        return claims.compactMap { claim in
            let supportingKeys = oracle.supportingSummaryKeys(for: claim)
            let supporting = context.evidence.indices.filter { supportingKeys.contains(keys[$0]) }.map { context.evidence[$0] }
            let id = "claim-evidence.\(claim.id)"
            var random = context.random(for: id)
            let wording = TextNormal.clause(claim.wording(preferPlain: context.audience.preferPlain))
            let ranked = random.shuffled(supporting).map { (evidence: $0, overlap: WordOverlap.share(of: wording, repeatedIn: $0.summary)) }
            guard let best = ranked.min(by: { $0.overlap < $1.overlap }), best.overlap < maximumOverlap else { return nil }
            let evidence = best.evidence
            let others = context.evidence.filter { !supporting.contains($0) }.map(\.summary)
            let distractors = Distractors.pick(context.optionCount - 1, for: evidence.summary, from: [others],
                                               isTrue: { oracle.supports($0, claim: claim) }, random: &random)
            return QuizItem.choice(id: id, type: type,
                                   stem: "Which evidence does the article give to support this claim? “\(wording).”",
                                   answer: evidence.summary, distractors: distractors,
                                   explanation: "\(TextNormal.clause(evidence.summary)) \(evidence.citation) supports the claim \(claim.citation). \(evidence.assessment)",
                                   source: evidence, bloom: .analyze, difficulty: .hard,
                                   sources: [claim.id, evidence.id])
        }
    }
}
