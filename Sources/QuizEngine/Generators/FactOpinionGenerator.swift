import PacketModel

/// Classify a claim as fact, opinion or prediction (value judgement or policy proposal join the
/// options when the claim is one). The claim is shown as the article's own sentence in quotation
/// marks, or, when that sentence makes more than one claim, in the editor's words marked as a
/// paraphrase. Plain facts are Bloom "understand"; opinions, predictions and hedged claims ask
/// the reader to weigh the wording, "analyze".
enum FactOpinionGenerator: ItemGenerator {
    static let type = QuizItemType.factOpinion
    static let core: [ClaimKind] = [.fact, .opinion, .prediction]

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.claims.compactMap { claim in
            guard let support = context.support(claim) else { return nil }
            let kinds = core.contains(claim.kind) ? core : core + [claim.kind]
            let answer = ClaimKindLabel.label(claim.kind)
            let distractors = kinds.filter { $0 != claim.kind }.map(ClaimKindLabel.label)
            let names = kinds.map { ClaimKindLabel.article($0) }
            let list = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            let analyze = claim.kind != .fact || claim.hedge != nil || claim.id == context.model.thesis.id
            let statement = context.statement(of: claim)
            var explanation = "\(answer): \(ClaimKindLabel.meaning(claim.kind))"
            if let hedge = claim.hedge, let passage = statement.passage, passage.support.text.contains(hedge) {
                explanation += "; note the words \(Quoting.quoted(hedge))"
            }
            explanation += " [¶\(support.paragraph)]."
            return QuizItem.choice(id: "fact-opinion.\(claim.id)", type: type, kind: .claimKind, skill: .argumentStructure,
                                   dok: 2, stem: "\(statement.text) Is this \(list)?",
                                   answer: answer, distractors: distractors, explanation: explanation,
                                   support: [statement.passage?.support ?? support], bloom: analyze ? .analyze : .understand,
                                   difficulty: analyze ? .medium : .easy, sources: [claim.id])
        }
    }
}
