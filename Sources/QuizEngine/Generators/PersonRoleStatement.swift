import PacketModel

/// "Michael Nagata is described in the article as: US Army lieutenant general." — true, or false with
/// another person's role.
enum PersonRoleStatement {
    static func item(for person: Entity, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem {
        let id = "true-false.\(person.id)"
        var random = context.random(for: id)
        let truth = Statements.role(of: person, role: person.role)
        var statement = truth
        if random.below(2) == 0 {
            let sameName = context.model.people.filter { TextNormal.same($0.name, person.name) }.map(\.role)
            let others = context.people.map(\.role)
            if let role = Distractors.pick(1, for: person.role, from: [others],
                                           isTrue: { r in sameName.contains { TextNormal.same($0, r) } },
                                           random: &random).first {
                statement = Statements.role(of: person, role: role)
            }
        }
        let cite = context.citation(for: person)
        return TrueFalseGenerator.judged(id: id, statement: statement, truth: truth, paragraph: cite.paragraph,
                                         excerpt: cite.excerpt, sources: [person.id], oracle: oracle)
    }
}
