import PacketModel

/// "Who is Michael Nagata, according to the article?" with other people's roles as distractors.
enum PersonRoleChoice {
    static func item(for person: Entity, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        let id = "multiple-choice.\(person.id)"
        var random = context.random(for: id)
        let stem = "Who is \(person.name), according to the article?"
        let probe = QuizItem(id: id, type: .multipleChoice, stem: stem, answer: .choice(0), explanation: "",
                             paragraph: nil, excerpt: "", bloom: .remember, sources: [person.id])
        let others = context.people.filter { $0.id != person.id }.map(\.role)
        let distractors = Distractors.pick(context.optionCount - 1, for: person.role, from: [others],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        guard distractors.count >= minimumDistractors else { return nil }
        let cite = context.citation(for: person)
        let where_ = cite.paragraph.map { " [¶\($0)]" } ?? ""
        return QuizItem(id: id, type: .multipleChoice, stem: stem, options: [person.role] + distractors,
                        answer: .choice(0), explanation: "\(person.name): \(TextNormal.clause(person.role))\(where_).",
                        paragraph: cite.paragraph, excerpt: cite.excerpt, bloom: .remember, difficulty: .easy,
                        sources: [person.id])
    }
}
