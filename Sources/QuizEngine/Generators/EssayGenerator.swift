import PacketModel

/// Discussion and essay prompts written by the model's editor, with their rubric, Bloom level,
/// skill (default argument structure) and Depth of Knowledge (default 3). Cites the related items
/// the article locates; a prompt about the whole article cites none.
enum EssayGenerator: ItemGenerator {
    static let type = QuizItemType.essay

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let located: [any Excerpted] = context.claims + context.evidence + context.statistics + context.quotes
            + context.events + context.craft
        return context.questions.map { question in
            let support = question.related.compactMap { id in located.first { $0.id == id }.flatMap { context.support($0) } }
            let points = question.rubric.reduce(0) { $0 + $1.points }
            let explanation = question.rubric.isEmpty
                ? "Marked by the teacher."
                : "Marked by the teacher against the rubric (\(points) points)."
            return QuizItem(id: "essay.\(question.id)", type: type, kind: .authored,
                            skill: question.skill ?? .argumentStructure, dok: question.dok ?? 3, stem: question.prompt,
                            answer: .rubric, explanation: explanation, support: support.unique, bloom: question.bloom,
                            difficulty: question.kind == .essay ? .hard : .medium,
                            sources: [question.id] + question.related, rubric: question.rubric)
        }
    }
}
