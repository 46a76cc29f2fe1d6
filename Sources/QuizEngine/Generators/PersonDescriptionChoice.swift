import PacketModel

/// "How does the article describe Michael Nagata?" with the article's own words about him as the
/// answer and its words about other people as distractors. Roles written from outside knowledge
/// are never asked.
enum PersonDescriptionChoice {
    static func item(for person: Entity, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard let support = context.description(of: person) else { return nil }
        let words = support.text
        let id = "multiple-choice.\(person.id)"
        var random = context.random(for: id)
        let stem = "How does the article describe \(person.name)?"
        let probe = QuizItem(id: id, type: .multipleChoice, kind: .personDescription, skill: .recall, dok: 1, stem: stem,
                             answer: .choice(0), explanation: "", support: [], bloom: .remember, sources: [person.id])
        let others = context.people.filter { $0.id != person.id }.compactMap { context.description(of: $0)?.text }
        let distractors = Distractors.pick(context.optionCount - 1, for: words, from: [others],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        return QuizItem.choice(id: id, type: .multipleChoice, kind: .personDescription, skill: .recall, dok: 1, stem: stem,
                               answer: words, distractors: distractors,
                               explanation: "The article calls \(person.name) \(Quoting.quoted(support.text)) [¶\(support.paragraph)].",
                               support: [support], bloom: .remember, difficulty: .easy, sources: [person.id])
    }
}
