import PacketModel

/// Evidence: "What is a limit of this figure as evidence?" for statistics with a `does_not_show`.
/// The answer is that limit; the wrong answers are general cautions the model shows do not apply
/// to this number (it is not a figure of speech, its source is named, …).
enum StatisticLimitGenerator: ItemGenerator {
    static let type = QuizItemType.multipleChoice

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.statistics.compactMap { stat in
            guard let limit = stat.doesNotShow, let passage = context.passage(for: stat, limit: 220) else { return nil }
            let id = "evidence-limit.\(stat.id)"
            var random = context.random(for: id)
            let probe = CentralIdeaGenerator.probeItem(kind: .statisticLimit, sources: [stat.id], paragraph: nil)
            let cautions = StatisticCautions.all.map(\.text)
            let distractors = Distractors.pick(context.optionCount - 1, for: limit, from: [cautions],
                                               isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
            var explanation = "\(limit) [¶\(passage.support.paragraph)]"
            if let caveat = stat.caveat { explanation += " Editor’s note: \(caveat)" }
            return QuizItem.choice(id: id, type: type, kind: .statisticLimit, skill: .evidence, dok: 3,
                                   stem: "In ¶\(passage.support.paragraph) the article says: \(passage.sentence) Which statement describes a limit of \(Quoting.quoted(stat.asWritten)) as evidence?",
                                   shortStem: "What is a limit of \(Quoting.quoted(stat.asWritten)) (¶\(passage.support.paragraph)) as evidence?",
                                   answer: limit, distractors: distractors, explanation: explanation,
                                   support: [passage.support], bloom: .evaluate, difficulty: .hard, sources: [stat.id])
        }
    }
}
