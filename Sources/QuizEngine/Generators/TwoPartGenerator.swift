import PacketModel

/// Two-part evidence-based items (the PARCC / CommonLit model): Part A asks for a claim (the
/// author's central claim, or how the author answers the opposing view) and Part B for the
/// sentence of the article that best supports that answer. Part B's answer quotes words the model
/// links to Part A's answer; its wrong answers quote sentences that support it by no chain.
enum TwoPartGenerator: ItemGenerator {
    static let type = QuizItemType.twoPart
    static let stem = "This question has two parts. Answer Part A, then Part B."
    /// How many wrong sentences are judged before the distractors are picked from them.
    static let wrongCandidatesWanted = 12

    static let partBStem = "Which sentence from the article best supports the answer to Part A?"

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        var items: [QuizItem] = []
        if let item = thesis(context, oracle) { items.append(item) }
        for view in context.graph.counterarguments.compactMap(context.claim) {
            if let item = answer(to: view, context, oracle) { items.append(item) }
        }
        return items
    }

    private static func thesis(_ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        let thesis = context.model.thesis
        let id = "two-part.\(thesis.id)"
        var random = context.random(for: id)
        guard let options = CentralIdeaGenerator.thesisOptions(context, oracle, random: &random) else { return nil }
        let partA = QuizPart(stem: "Part A: " + CentralIdeaGenerator.thesisStem(context), options: [options.answer] + options.distractors,
                             answer: 0, kind: .thesis, sources: [thesis.id])
        // The key: a sentence of something that supports the thesis directly, not the thesis's own.
        let backing: [any Excerpted] = context.graph.directSupporters(of: thesis.id).compactMap { id in
            context.evidence.first { $0.id == id } ?? context.claim(id)
        }
        // The opposing view and its answer would be arguable sentences here: they stay out of Part B.
        return make(id: id, partA: partA, target: thesis, backing: backing, avoid: context.graph.counterargumentClusters,
                    skill: .centralIdea, context, oracle, &random)
    }

    private static func answer(to view: Claim, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard let reply = context.graph.rebuttals(of: view.id).compactMap(context.claim).first,
              let stemA = CounterargumentGenerator.answerStem(view, context) else { return nil }
        let id = "two-part.\(reply.id)"
        var random = context.random(for: id)
        let options = CounterargumentGenerator.answerOptions(view, reply, context, oracle, random: &random)
        guard options.distractors.count >= minimumDistractors else { return nil }
        let partA = QuizPart(stem: "Part A: " + stemA, options: [options.answer] + options.distractors, answer: 0,
                             kind: .authorsAnswer, sources: [reply.id, view.id])
        return make(id: id, partA: partA, target: reply, backing: [reply], avoid: [], skill: .counterargument,
                    context, oracle, &random)
    }

    /// The item: Part A as given, Part B quoting the first of `backing` whose sentence can be quoted
    /// whole as the answer, and sentences that do not support `target` as the wrong answers.
    private static func make(id: String, partA: QuizPart, target: Claim, backing: [any Excerpted], avoid: Set<String>,
                             skill: QuizSkill,
                             _ context: QuizContext, _ oracle: TruthOracle, _ random: inout SplitMix64) -> QuizItem? {
        guard partA.options.count - 1 >= minimumDistractors, let targetSupport = context.support(target) else { return nil }
        let visible = backing.filter { !context.hidden.contains($0.id) }
        let passages = visible.compactMap { context.passage(for: $0, limit: 220) }
        guard let key = passages.first(where: { !$0.cutBefore && !$0.cutAfter }) ?? passages.first else { return nil }
        let probe = QuizPart(stem: partBStem, options: [], answer: 0, kind: .supportingExcerpt, sources: [target.id])
        let tree = context.graph.supportTree(of: target.id).union([target.id])
        let sentences = context.quotableSentences
        let candidates = sentences.indices.filter { !tree.contains(sentences[$0].id) && !avoid.contains(sentences[$0].id) }
        var seen: Set<String> = [TextNormal.key(key.support.text)]
        // Judging a sentence against the target's whole support tree is the costly part: judge
        // candidates in a seeded order only until there are plenty to choose from, so an article of
        // many claims with many opposing views does not judge every sentence for every view.
        var wrong: [Passage] = []
        for place in random.shuffledIndices(candidates.count) {
            let index = candidates[place]
            guard wrong.count < wrongCandidatesWanted else { break }
            let passage = sentences[index].passage
            if seen.insert(TextNormal.key(passage.support.text)).inserted && oracle.isTrue(passage.quoted, for: probe) == false {
                wrong.append(passage)
            }
        }
        let distractors = Distractors.pick(context.optionCount - 1, for: key.quoted, from: [wrong.map(\.quoted)],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        guard distractors.count >= minimumDistractors else { return nil }
        let partB = QuizPart(stem: "Part B: " + partBStem, options: [key.quoted] + distractors, answer: 0,
                             kind: .supportingExcerpt, sources: [target.id])
        let explanation = "Part A: \(partA.options[0]). Part B: the sentence in ¶\(key.support.paragraph), "
            + "\(key.quoted), supports it. Give 1 point for Part A and 1 for Part B only when Part A is right."
        return QuizItem(id: id, type: type, kind: partA.kind, skill: skill, dok: 3, stem: stem, parts: [partA, partB],
                        answer: .parts([0, 0]), explanation: explanation,
                        support: [key.support, targetSupport].unique, bloom: .analyze, difficulty: .hard,
                        sources: partA.sources)
    }
}
