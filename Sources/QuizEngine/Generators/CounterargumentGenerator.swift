import PacketModel

/// The opposing view and the author's answer, from the model's `attacks` and `rebuts` relations:
/// "Which opposing view does the author raise in ¶3?" and "How does the author answer it?". A
/// piece that informs rather than argues (news, science, an explainer) reports views and responds
/// to them, and its items say so.
enum CounterargumentGenerator: ItemGenerator {
    static let type = QuizItemType.multipleChoice

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        context.graph.counterarguments.compactMap(context.claim).flatMap { view in
            [opposingView(view, context, oracle), answer(to: view, context, oracle)].compactMap { $0 }
        }
    }

    private static func opposingView(_ view: Claim, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard let support = context.support(view) else { return nil }
        let graph = context.graph
        let id = "counterargument.\(view.id)"
        var random = context.random(for: id)
        let answers = graph.rebuttals(of: view.id).compactMap(context.claim)
        let attacked = graph.attacked(by: view.id).compactMap(context.claim)
        let sameParagraph = context.claims(inParagraph: support.paragraph).filter { $0.id != view.id }
        let probe = CentralIdeaGenerator.probeItem(kind: .opposingView, sources: [view.id], paragraph: nil)
        let answer = context.wording(view)
        let distractors = Distractors.pick(context.optionCount - 1, for: answer,
                                           from: [(answers + attacked).map(context.candidate), sameParagraph.map(context.candidate),
                                                  Array(context.claimPool.tiers(about: view.id, excluding: [view.id]).joined())],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        let genre = context.genre, author = GenreWording.capitalized(context.genre.author)
        var explanation = (genre.isArgued ? "\(author) grants a view that differs from the main argument: "
                                          : "The \(genre.piece) reports a view that differs from its \(genre.thesis): ")
            + "\(answer). The article says \(Quoting.quoted(support.text)) [¶\(support.paragraph)]."
        if let reply = answers.first {
            explanation += genre.isArgued ? " \(author) then answers it: \(context.wording(reply))."
                : " The \(genre.piece) then responds: \(context.wording(reply))."
        }
        return QuizItem.choice(id: id, type: type, kind: .opposingView, skill: .counterargument, dok: 2,
                               stem: genre.isArgued
                                   ? "In ¶\(support.paragraph) \(genre.author) considers a view that differs from the main argument. Which statement describes that view?"
                                   : "In ¶\(support.paragraph) the \(genre.piece) reports a view that differs from its \(genre.thesis). Which statement describes that view?",
                               answer: answer, distractors: distractors, explanation: explanation, support: [support],
                               bloom: .analyze, difficulty: .medium, sources: [view.id] + answers.map(\.id))
    }

    /// "In ¶3 the author raises an opposing view, which we can put like this: …. How does the author answer it?"
    static func answerStem(_ view: Claim, _ context: QuizContext) -> String? {
        guard let paragraph = view.location?.paragraph else { return nil }
        let genre = context.genre
        guard genre.isArgued else {
            return "In ¶\(paragraph) the \(genre.piece) reports a view, which we can put like this: \(context.wording(view)). How does the \(genre.piece) respond to it?"
        }
        return "In ¶\(paragraph) \(genre.author) raises an opposing view, which we can put like this: \(context.wording(view)). How does \(genre.author) answer it?"
    }

    /// The options of the answer question: the rebuttal, then wrong answers (the case made for the
    /// opposing view first). The claim the view argues against is never offered: it is part of the answer.
    static func answerOptions(_ view: Claim, _ reply: Claim, _ context: QuizContext, _ oracle: TruthOracle,
                              random: inout SplitMix64) -> (answer: String, distractors: [String]) {
        let graph = context.graph
        let backing = graph.directSupporters(of: view.id).compactMap(context.claim)
        let attacked = Set(graph.attacked(by: view.id))
        // The claim the view argues against, and what supports it, are part of the author's answer.
        let answerSide = attacked.reduce(into: Set<String>()) { $0.formUnion(graph.supportTree(of: $1)) }
        let excluded = attacked.union(answerSide).union([view.id, reply.id]).union(graph.supported(by: reply.id))
        let backingIDs = Set(backing.map(\.id))
        let paragraphClaims = view.location.map { context.claims(inParagraph: $0.paragraph) } ?? context.claims.filter { $0.location == nil }
        let sameParagraph = paragraphClaims.filter { !excluded.contains($0.id) && !backingIDs.contains($0.id) }
        let probe = CentralIdeaGenerator.probeItem(kind: .authorsAnswer, sources: [reply.id, view.id], paragraph: nil)
        let answer = context.wording(reply)
        let distractors = Distractors.pick(context.optionCount - 1, for: answer,
                                           from: [backing.map(context.candidate), sameParagraph.map(context.candidate)]
                                               + context.claimPool.tiers(about: reply.id, excluding: excluded),
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        return (answer, distractors)
    }

    private static func answer(to view: Claim, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        guard let reply = context.graph.rebuttals(of: view.id).compactMap(context.claim).first,
              let stem = answerStem(view, context), let support = context.support(reply), let viewSupport = context.support(view)
        else { return nil }
        let id = "counterargument.\(reply.id)"
        var random = context.random(for: id)
        let options = answerOptions(view, reply, context, oracle, random: &random)
        let note = context.model.relations.first { $0.type == .rebuts && $0.from == reply.id && $0.to == view.id }?.note
        let responds = context.genre.isArgued ? "\(GenreWording.capitalized(context.genre.author)) answers" : "The \(context.genre.piece) responds"
        var explanation = "\(responds): \(options.answer). The article says \(Quoting.quoted(support.text)) [¶\(support.paragraph)]."
        if let note { explanation += " Editor’s note: \(note)" }
        return QuizItem.choice(id: id, type: type, kind: .authorsAnswer, skill: .counterargument, dok: 3, stem: stem,
                               answer: options.answer, distractors: options.distractors, explanation: explanation,
                               support: [support, viewSupport].unique, bloom: .analyze, difficulty: .hard,
                               sources: [reply.id, view.id])
    }
}
