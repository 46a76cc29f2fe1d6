import PacketModel

/// "Read this sentence from ¶3: “…” As it is used here, what does “prowess” mean?" The sentence
/// is the article's own; the wrong answers are meanings of other words of the same part of speech
/// (and, where there are enough, of the same form: "to …", "…ed", "…ing"), so grammar gives
/// nothing away.
enum TermInContext {
    static func item(for term: VocabularyTerm, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard let passage = context.passage(for: term, limit: 200) else { return nil }
        let id = "multiple-choice.\(term.id)"
        var random = context.random(for: id)
        let probe = QuizItem(id: id, type: .multipleChoice, kind: .termMeaning, skill: .vocabulary, dok: 2, stem: "",
                             answer: .choice(0), explanation: "", support: [], bloom: .understand, sources: [term.id])
        let samePart = context.vocabulary.filter { $0.id != term.id && $0.partOfSpeech == term.partOfSpeech }
        let sameForm = samePart.filter { form($0.definition) == form(term.definition) }.map(\.definition)
        let distractors = Distractors.pick(context.optionCount - 1, for: term.definition,
                                           from: [sameForm, samePart.map(\.definition)],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        let word = Quoting.quoted(term.term)
        let stem = "Read this from ¶\(passage.support.paragraph): \(passage.sentence) As it is used here, what does \(word) mean?"
        return QuizItem.choice(id: id, type: .multipleChoice, kind: .termMeaning, skill: .vocabulary, dok: 2, stem: stem,
                               shortStem: "What does \(word) mean in ¶\(passage.support.paragraph)?",
                               answer: term.definition, distractors: distractors,
                               explanation: "\(word) (\(term.partOfSpeech)) here means: \(term.definition) [¶\(passage.support.paragraph)]",
                               support: [passage.support], bloom: .understand, difficulty: term.tier >= 3 ? .medium : .easy,
                               sources: [term.id])
    }

    /// The grammatical form a definition is written in: `to` (an infinitive), `ed`, `ing`, or `other`.
    static func form(_ definition: String) -> String {
        let first = definition.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        if first == "to" { return "to" }
        if first.hasSuffix("ed") { return "ed" }
        if first.hasSuffix("ing") { return "ing" }
        return "other"
    }
}
