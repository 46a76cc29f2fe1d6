import PacketModel

/// Craft: "In ¶2 the author writes: “…brag about victory…” What is the effect of the word “brag”?"
/// from the model's craft notes. The wrong answers are effects of other kinds of choice (a booster,
/// a hedge, a tone) so that only one answer fits.
enum CraftGenerator: ItemGenerator {
    static let type = QuizItemType.multipleChoice

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.craft.compactMap { note in
            guard let passage = context.passage(for: note, limit: 200) else { return nil }
            let id = "craft.\(note.id)"
            var random = context.random(for: id)
            let probe = CentralIdeaGenerator.probeItem(kind: .wordEffect, sources: [note.id], paragraph: nil)
            let others = context.craft.filter { $0.device != note.device }.map(\.effect)
            let distractors = Distractors.pick(context.optionCount - 1, for: note.effect, from: [others],
                                               isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
            let what = note.words.contains(" ") ? "phrase" : "word"
            let words = Quoting.quoted(note.words)
            let paragraph = passage.support.paragraph
            var explanation = "The \(what) \(words): \(TextNormal.clause(note.effect)) \(passage.citation)."
            if let neutral = note.neutral { explanation += " A more neutral choice: \(neutral)." }
            return QuizItem.choice(id: id, type: type, kind: .wordEffect, skill: .craft, dok: 2,
                                   stem: "In ¶\(paragraph) \(context.genre.author) \(context.genre.writes): \(passage.sentence) What is the effect of the \(what) \(words)?",
                                   shortStem: "What is the effect of the \(what) \(words) in ¶\(paragraph)?",
                                   answer: note.effect, distractors: distractors, explanation: explanation,
                                   support: [passage.support], bloom: .analyze, difficulty: .medium, sources: [note.id])
        }
    }
}
