import PacketModel

/// Classify a claim as fact, opinion or prediction (value judgement or policy proposal join the
/// options when the claim is one). Plain facts are Bloom "understand"; opinions, predictions and
/// hedged claims ask the reader to weigh the wording, "analyze".
enum FactOpinionGenerator: ItemGenerator {
    static let type = QuizItemType.factOpinion
    static let core: [ClaimKind] = [.fact, .opinion, .prediction]

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.claims.compactMap { claim in
            let kinds = core.contains(claim.kind) ? core : core + [claim.kind]
            let answer = ClaimKindLabel.label(claim.kind)
            let distractors = kinds.filter { $0 != claim.kind }.map(ClaimKindLabel.label)
            let wording = TextNormal.clause(claim.wording(preferPlain: context.audience.preferPlain))
            let names = kinds.map { ClaimKindLabel.label($0).lowercased() }
            let list = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            let analyze = claim.kind != .fact || claim.hedge != nil || claim.id == context.model.thesis.id
            var explanation = "\(answer): \(ClaimKindLabel.meaning(claim.kind))"
            if let hedge = claim.hedge { explanation += "; note the hedge “\(hedge)”" }
            explanation += " \(claim.citation)."
            return QuizItem.choice(id: "fact-opinion.\(claim.id)", type: type,
                                   stem: "Is this statement from the article a \(list)? “\(wording).”",
                                   answer: answer, distractors: distractors, explanation: explanation,
                                   source: claim, bloom: analyze ? .analyze : .understand,
                                   difficulty: analyze ? .medium : .easy, sources: [claim.id])
        }
    }
}
