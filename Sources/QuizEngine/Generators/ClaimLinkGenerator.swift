import PacketModel

/// Argument structure: "Which larger point in the article does this support most directly?" about
/// a claim that supports another claim. The answer is the claim it supports directly in the model's
/// relations; no wrong answer is a claim it supports even through a chain.
enum ClaimLinkGenerator: ItemGenerator {
    static let type = QuizItemType.multipleChoice

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.claims.compactMap { claim in
            let graph = context.graph
            guard !graph.isCounterargumentOrAnswer(claim.id), let support = context.support(claim) else { return nil }
            let targets = graph.directTargets(of: claim.id).compactMap(context.claim)
                .filter { !graph.isCounterargumentOrAnswer($0.id) }
            guard let target = targets.first, targets.count == 1, let targetSupport = context.support(target) else { return nil }
            let id = "claim-link.\(claim.id)"
            var random = context.random(for: id)
            let reached = graph.supported(by: claim.id).union([claim.id])
            let probe = CentralIdeaGenerator.probeItem(kind: .claimForClaim, sources: [claim.id], paragraph: nil)
            let answer = context.wording(target)
            let distractors = Distractors.pick(context.optionCount - 1, for: answer,
                                               from: context.claimPool.tiers(about: claim.id, excluding: reached),
                                               isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
            let statement = context.statement(of: claim)
            let explanation = "This point supports a larger one: \(answer). The article says \(Quoting.quoted(targetSupport.text)) [¶\(targetSupport.paragraph)]."
            return QuizItem.choice(id: id, type: type, kind: .claimForClaim, skill: .argumentStructure, dok: 2,
                                   stem: "\(statement.text) Which larger point in the article does this support most directly?",
                                   answer: answer, distractors: distractors, explanation: explanation,
                                   support: [statement.passage?.support ?? support, targetSupport].unique, bloom: .analyze,
                                   difficulty: .medium, sources: [claim.id, target.id])
        }
    }
}
