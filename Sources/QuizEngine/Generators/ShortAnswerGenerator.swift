import PacketModel

/// Short answer: name the word that has this meaning, or the person the article describes in these
/// words. Accepted answers list the term, or the person's name and aliases.
enum ShortAnswerGenerator: ItemGenerator {
    static let type = QuizItemType.shortAnswer

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let terms = context.vocabulary.filter { term in
            context.model.vocabulary.filter { TextNormal.same($0.definition, term.definition) }.count == 1
        }.compactMap { term -> QuizItem? in
            guard let support = context.support(term) else { return nil }
            let meaning = lowercaseFirst(TextNormal.clause(term.definition))
            return QuizItem(id: "short-answer.\(term.id)", type: type, kind: .termForMeaning, skill: .vocabulary, dok: 1,
                            stem: "Which word or phrase in ¶\(support.paragraph) means this: \(meaning)?",
                            answer: .text(accepted: accepted([term.term])),
                            explanation: "\(Quoting.quoted(term.term)) [¶\(support.paragraph)]: \(term.definition)",
                            support: [support], bloom: .remember, difficulty: term.tier >= 3 ? .medium : .easy,
                            sources: [term.id])
        }
        let people = context.people.compactMap { person -> QuizItem? in
            guard let words = context.description(of: person),
                  context.people.filter({ $0.describedAs.map { TextNormal.same($0, words.text) } == true }).count == 1
            else { return nil }
            return QuizItem(id: "short-answer.\(person.id)", type: type, kind: .personForDescription, skill: .recall, dok: 1,
                            stem: "Whom does the article describe as \(Quoting.quoted(words.text))? Write the name as the article gives it.",
                            answer: .text(accepted: accepted(person.allNames)),
                            explanation: "\(person.name): the article’s words for this person are \(Quoting.quoted(words.text)) [¶\(words.paragraph)].",
                            support: [words], bloom: .remember, difficulty: .medium, sources: [person.id])
        }
        return terms + people
    }

    /// The answers in the order given, without duplicates after normalising.
    private static func accepted(_ answers: [String]) -> [String] {
        var seen: Set<String> = []
        return answers.filter { seen.insert(TextNormal.key($0)).inserted }
    }

    /// A definition as the end of a sentence: its first letter in lower case, unless it starts an acronym.
    static func lowercaseFirst(_ text: String) -> String {
        let chars = Array(text)
        guard chars.count > 1, !chars[1].isUppercase else { return text }
        return chars[0].lowercased() + String(chars.dropFirst())
    }
}
