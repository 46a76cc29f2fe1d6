import PacketModel

/// Discussion and essay prompts written by the model's editor, with their rubric and Bloom level.
/// Cites the first related item the article locates; a prompt about the whole article cites none.
enum EssayGenerator: ItemGenerator {
    static let type = QuizItemType.essay

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let located: [any Excerpted] = context.claims + context.evidence + context.statistics + context.quotes
            + context.events
        return context.questions.map { question in
            let anchor = question.related.lazy.compactMap { id in located.first { $0.id == id && $0.location != nil } }.first
            let points = question.rubric.reduce(0) { $0 + $1.points }
            let explanation = question.rubric.isEmpty
                ? "Marked by the teacher."
                : "Marked by the teacher against the rubric (\(points) points)."
            return QuizItem(id: "essay.\(question.id)", type: type, stem: question.prompt, answer: .rubric,
                            explanation: explanation, paragraph: anchor?.location?.paragraph,
                            excerpt: anchor?.excerpt ?? "", bloom: question.bloom,
                            difficulty: question.kind == .essay ? .hard : .medium,
                            sources: [question.id] + question.related, rubric: question.rubric)
        }
    }
}
