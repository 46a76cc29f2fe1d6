import PacketModel

/// Short answer: name the term that has this meaning, or the person who holds this role.
/// Accepted answers list the term or the person's name and aliases.
enum ShortAnswerGenerator: ItemGenerator {
    static let type = QuizItemType.shortAnswer

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let terms = context.vocabulary.filter { term in
            context.model.vocabulary.filter { TextNormal.same($0.definition, term.definition) }.count == 1
        }.map { term in
            QuizItem(id: "short-answer.\(term.id)", type: type,
                     stem: "Which word or phrase in the article means “\(TextNormal.clause(term.definition))”?",
                     answer: .text(accepted: accepted([term.term])),
                     explanation: "“\(term.term)” \(term.citation): \(term.definition)",
                     paragraph: term.location?.paragraph, excerpt: term.excerpt, bloom: .remember,
                     difficulty: term.tier >= 3 ? .medium : .easy, sources: [term.id])
        }
        let people = context.people.filter { person in
            context.model.people.filter { TextNormal.same($0.role, person.role) }.count == 1
        }.map { person in
            let cite = context.citation(for: person)
            return QuizItem(id: "short-answer.\(person.id)", type: type,
                            stem: "Who is described here? “\(TextNormal.clause(person.role)).” Write the person’s name as the article gives it.",
                            answer: .text(accepted: accepted(person.allNames)),
                            explanation: "\(person.name)\(cite.paragraph.map { " [¶\($0)]" } ?? ""): \(person.role).",
                            paragraph: cite.paragraph, excerpt: cite.excerpt, bloom: .remember, difficulty: .medium,
                            sources: [person.id])
        }
        return terms + people
    }

    /// The answers in the order given, without duplicates after normalising.
    private static func accepted(_ answers: [String]) -> [String] {
        var seen: Set<String> = []
        return answers.filter { seen.insert(TextNormal.key($0)).inserted }
    }
}
