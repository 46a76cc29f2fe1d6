import PacketModel

/// "Which evidence does the article offer for this claim?" The answer is evidence that supports
/// the claim; distractors are evidence the article gives for other claims. Asked about opinions,
/// predictions, values and policies, where evidence is argument; a factual claim often just restates
/// its evidence, so facts are asked only when the model has no other claim to ask about.
enum ClaimEvidenceGenerator: ItemGenerator {
    static let type = QuizItemType.claimEvidence

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let arguable = items(for: context.claims.filter { $0.kind != .fact }, context, oracle)
        return arguable.isEmpty ? items(for: context.claims.filter { $0.kind == .fact }, context, oracle) : arguable
    }

    private static func items(for claims: [Claim], _ context: QuizContext, _ oracle: TruthOracle) -> [QuizItem] {
        claims.compactMap { claim in
            let supporting = context.evidence.filter { oracle.supports($0.summary, claim: claim) }
            let id = "claim-evidence.\(claim.id)"
            var random = context.random(for: id)
            guard let evidence = random.pick(supporting) else { return nil }
            let others = context.evidence.filter { !supporting.contains($0) }.map(\.summary)
            let distractors = Distractors.pick(context.optionCount - 1, for: evidence.summary, from: [others],
                                               isTrue: { oracle.supports($0, claim: claim) }, random: &random)
            let wording = TextNormal.clause(claim.wording(preferPlain: context.audience.preferPlain))
            return QuizItem.choice(id: id, type: type,
                                   stem: "Which evidence does the article give to support this claim? “\(wording).”",
                                   answer: evidence.summary, distractors: distractors,
                                   explanation: "\(TextNormal.clause(evidence.summary)) \(evidence.citation) supports the claim \(claim.citation). \(evidence.assessment)",
                                   source: evidence, bloom: .analyze, difficulty: .hard,
                                   sources: [claim.id, evidence.id])
        }
    }
}
