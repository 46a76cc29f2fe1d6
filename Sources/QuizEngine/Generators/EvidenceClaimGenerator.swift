import PacketModel

/// Argument structure: "Which of \(context.genre.author)’s claims does this example support most directly?"
/// The article's words for a piece of evidence are quoted; the answer is a claim the model says it
/// supports (the one that least repeats the evidence, so the item is not word matching), and no
/// wrong answer is a claim it supports even through a chain.
enum EvidenceClaimGenerator: ItemGenerator {
    static let type = QuizItemType.claimEvidence

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.evidence.compactMap { evidence in
            let graph = context.graph
            guard let passage = context.passage(for: evidence, limit: 220) else { return nil }
            // A claim made in the quoted words themselves would be word matching, not reading.
            let targets = graph.directTargets(of: evidence.id).compactMap(context.claim)
                .filter { $0.id != context.model.thesis.id && !Self.overlaps($0, passage) }
            guard let target = targets.min(by: {
                WordOverlap.share(of: context.wording($0), repeatedIn: passage.support.text)
                    < WordOverlap.share(of: context.wording($1), repeatedIn: passage.support.text)
            }), let targetSupport = context.support(target) else { return nil }
            let id = "evidence-claim.\(evidence.id)"
            var random = context.random(for: id)
            let reached = graph.supported(by: evidence.id)
            let probe = CentralIdeaGenerator.probeItem(kind: .claimForEvidence, sources: [evidence.id], paragraph: nil)
            let answer = context.wording(target)
            let distractors = Distractors.pick(context.optionCount - 1, for: answer,
                                               from: context.claimPool.tiers(about: target.id, excluding: reached),
                                               isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
            let stem = "In ¶\(passage.support.paragraph) the article gives \(noun(evidence.type)): \(passage.sentence) "
                + "Which of \(context.genre.author)’s claims does it support most directly?"
            var explanation = "It supports this claim: \(answer) [¶\(targetSupport.paragraph)]."
            explanation += " Editor’s note on the evidence: \(evidence.assessment)"
            return QuizItem.choice(id: id, type: type, kind: .claimForEvidence, skill: .argumentStructure, dok: 2,
                                   stem: stem, answer: answer, distractors: distractors, explanation: explanation,
                                   support: [passage.support, targetSupport].unique, bloom: .analyze, difficulty: .medium,
                                   sources: [evidence.id, target.id])
        }
    }

    /// "an example", "a figure", … for the kind of evidence.
    static func noun(_ type: EvidenceType) -> String {
        switch type {
        case .statistic: "a figure"
        case .quote: "someone’s words"
        case .example: "an example"
        case .study: "a study’s finding"
        case .expert: "an expert’s view"
        case .analogy: "a comparison"
        }
    }

    /// True when the claim's excerpt stands within the passage.
    static func overlaps(_ claim: Claim, _ passage: Passage) -> Bool {
        guard let l = claim.location, l.paragraph == passage.support.paragraph else { return false }
        let key = TextNormal.key(claim.excerpt)
        return !key.isEmpty && (" " + TextNormal.key(passage.support.text) + " ").contains(" " + key + " ")
    }
}
