import PacketModel

/// The central idea: "Which statement best expresses the author’s central claim?" (the thesis)
/// and "Which statement best expresses the main idea of ¶6?" (the one claim of a paragraph every
/// other claim there supports). Wrong answers are claims of the article that are not the answer:
/// the opposing view, points outside the main line, and details.
enum CentralIdeaGenerator: ItemGenerator {
    static let type = QuizItemType.multipleChoice

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let paragraphs = Set(context.claims.compactMap { $0.location?.paragraph }).sorted()
        return [thesis(context, oracle)].compactMap { $0 } + paragraphs.compactMap { mainIdea($0, context, oracle) }
    }

    /// "Which statement best expresses the author’s central claim?" (the speaker's, for a speech; the
    /// main point of the article, for news, science and explainers).
    static func thesisStem(_ context: QuizContext) -> String {
        "Which statement best expresses \(context.genre.centralClaim)?"
    }

    /// The thesis question's options: the thesis and claims that are not it, best distractors first.
    static func thesisOptions(_ context: QuizContext, _ oracle: TruthOracle, random: inout SplitMix64) -> (answer: String, distractors: [String])? {
        let thesis = context.model.thesis
        guard !context.hidden.contains(thesis.id) else { return nil }
        let graph = context.graph
        let tree = graph.supportTree(of: thesis.id)
        let close = Set(graph.directSupporters(of: thesis.id) + graph.directTargets(of: thesis.id))
        let others = context.claims.filter { $0.id != thesis.id && !close.contains($0.id) }
        let raised = Set(graph.counterarguments)
        let views = others.filter { raised.contains($0.id) }.map(context.candidate)
        let outside = others.filter { !tree.contains($0.id) && !raised.contains($0.id) }.map(context.candidate)
        let details = others.filter { tree.contains($0.id) }.map(context.candidate)
        let probe = probeItem(kind: .thesis, sources: [thesis.id], paragraph: nil)
        let answer = context.wording(thesis)
        let distractors = Distractors.pick(context.optionCount - 1, for: answer, from: [views, outside, details],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        return (answer, distractors)
    }

    private static func thesis(_ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        let thesis = context.model.thesis
        guard let support = context.support(thesis) else { return nil }
        let id = "central-idea.\(thesis.id)"
        var random = context.random(for: id)
        guard let options = thesisOptions(context, oracle, random: &random) else { return nil }
        let backing = Set(context.graph.directSupporters(of: thesis.id).compactMap { id in
            context.claim(id)?.location?.paragraph
        }).sorted()
        var explanation = "\(GenreWording.capitalized(context.genre.centralClaim)): \(options.answer). The article states it: \(Quoting.quoted(support.text)) [¶\(support.paragraph)]."
        if !backing.isEmpty {
            explanation += " Every main line of the argument leads to it (\(backing.map { "¶\($0)" }.joined(separator: ", ")))."
        }
        return QuizItem.choice(id: id, type: type, kind: .thesis, skill: .centralIdea, dok: 2, stem: thesisStem(context),
                               answer: options.answer, distractors: options.distractors, explanation: explanation,
                               support: [support], bloom: .understand, difficulty: .medium, sources: [thesis.id])
    }

    private static func mainIdea(_ paragraph: Int, _ context: QuizContext, _ oracle: TruthOracle) -> QuizItem? {
        let graph = context.graph
        guard let mainID = graph.mainClaim(ofParagraph: paragraph), mainID != context.model.thesis.id,
              let main = context.claim(mainID), let support = context.support(main) else { return nil }
        let id = "central-idea.p\(paragraph)"
        var random = context.random(for: id)
        let here = context.claims(inParagraph: paragraph).filter { $0.id != mainID }
        let near = context.claims(inParagraphs: (paragraph - 2)...(paragraph + 2)).filter { c in
            c.location?.paragraph != paragraph && c.id != context.model.thesis.id
        }
        let probe = probeItem(kind: .mainIdea, sources: [mainID], paragraph: paragraph)
        let answer = context.wording(main)
        let distractors = Distractors.pick(context.optionCount - 1, for: answer,
                                           from: [here.map(context.candidate), near.map(context.candidate)],
                                           isTrue: { oracle.isTrue($0, for: probe) ?? false }, random: &random)
        var explanation = "The main idea of ¶\(paragraph): \(answer). The article says \(Quoting.quoted(support.text)) [¶\(paragraph)]."
        if !here.isEmpty { explanation += " The paragraph’s other points back it up." }
        return QuizItem.choice(id: id, type: type, kind: .mainIdea, skill: .centralIdea, dok: 2,
                               stem: "Which statement best expresses the main idea of ¶\(paragraph)?",
                               answer: answer, distractors: distractors, explanation: explanation,
                               support: [support], bloom: .understand, difficulty: .medium,
                               sources: [mainID] + here.map(\.id))
    }

    /// An item carrying only what the oracle needs to judge options.
    static func probeItem(kind: QuizItemKind, sources: [String], paragraph: Int?) -> QuizItem {
        QuizItem(id: "probe", type: .multipleChoice, kind: kind, skill: .centralIdea, dok: 2, stem: "", answer: .choice(0),
                 explanation: "", support: paragraph.map { [SupportingExcerpt(paragraph: $0, text: "")] } ?? [],
                 bloom: .understand, sources: sources)
    }
}
