import PacketModel

/// The rules every built quiz must pass, checked on the bank and on every form (in the spirit of
/// R/exams' stress test): an item that breaks one is a bug in a generator or in the model.
struct SelfCheck {
    /// At least this many permutable choice items before "the longest option is always the answer" counts.
    static let longestRuleMinimum = 4

    let oracle: TruthOracle
    let quotes: QuotedSpans

    init(oracle: TruthOracle) {
        self.oracle = oracle
        quotes = QuotedSpans(model: oracle.model)
    }

    /// The rules about one item, judged against `oracle`'s model.
    static func itemProblems(_ item: QuizItem, oracle: TruthOracle) -> [String] {
        SelfCheck(oracle: oracle).itemProblems(item)
    }

    /// Every broken rule in `items`, each message prefixed with `label` (e.g. `form A`).
    func problems(in items: [QuizItem], label: String) -> [String] {
        let problems = items.flatMap { item in
            itemProblems(item).map { "\(label): \(item.id): \($0)" }
        }
        return problems + layoutProblems(in: items, label: label)
    }

    /// The rules about a whole form's layout: the longest option, answer positions.
    func layoutProblems(in items: [QuizItem], label: String) -> [String] {
        (Self.longestAnswerProblem(items) + Self.positionProblems(items)).map { "\(label): \($0)" }
    }

    /// Rules about one item: text-dependence (support, quotations), wording, answer in range, no
    /// duplicate or banned options, no true distractor, every part judged.
    func itemProblems(_ item: QuizItem) -> [String] {
        var problems = supportProblems(item) + wordingProblems(item)
        if !(1...4).contains(item.dok) { problems.append("DOK \(item.dok) is not 1–4") }
        problems += optionProblems(item.options)
        if item.type == .twoPart {
            guard case .parts(let answers) = item.answer, answers.count == item.parts.count, item.parts.count == 2 else {
                return problems + ["a two-part item needs Part A and Part B, each with its answer"]
            }
            for (index, part) in item.parts.enumerated() {
                let label = QuizPart.label(index)
                problems += optionProblems(part.options).map { "\(label): \($0)" }
                problems += judged(part.options, answer: part.answer, label: label) { oracle.isTrue($0, for: part) }
            }
            return problems
        }
        guard item.type.isChoice else { return problems }
        guard case .choice(let answer) = item.answer, item.options.indices.contains(answer) else {
            return problems + ["answer is not one of the \(item.options.count) options"]
        }
        return problems + judged(item.options, answer: answer, label: nil) { oracle.isTrue($0, for: item) }
    }

    /// Every item but a prompt about the whole article rests on excerpts, each word for word in the
    /// paragraph it cites.
    func supportProblems(_ item: QuizItem) -> [String] {
        if item.support.isEmpty {
            return item.type == .essay ? [] : ["missing support: no excerpt of the article for a \(item.type.rawValue) item"]
        }
        return item.support.compactMap { support in
            guard let paragraph = oracle.model.paragraph(support.paragraph) else { return "cites ¶\(support.paragraph), which does not exist" }
            return paragraph.text.bytesContain(support.text) ? nil
                : "support “\(support.text)” is not word for word in ¶\(support.paragraph)"
        }
    }

    /// Quoted text is the article's; stems carry no leftovers of generated pieces.
    func wordingProblems(_ item: QuizItem) -> [String] {
        let stems = [item.stem] + (item.shortStem.map { [$0] } ?? []) + item.parts.map(\.stem)
        var texts = stems + item.options + [item.explanation] + item.parts.flatMap(\.options)
        texts += item.rubric.flatMap { [$0.criterion, $0.description] }
        if case .matching(let pairs) = item.answer { texts += pairs.map(\.prompt) }
        var problems = texts.flatMap { quotes.notInArticle($0) }.map { "quoted words are not the article’s: “\($0)”" }
        problems += stems.flatMap(QuotedSpans.fragments).map { "garbled stem: \($0)" }
        return problems
    }

    private func optionProblems(_ options: [String]) -> [String] {
        var problems: [String] = []
        var seen: [String: String] = [:]
        for option in options {
            let key = TextNormal.key(option)
            if let first = seen[key] {
                problems.append("duplicate options “\(first)” and “\(option)”")
            } else {
                seen[key] = option
            }
            if Distractors.banned.contains(key) { problems.append("option “\(option)” is not allowed") }
        }
        return problems
    }

    private func judged(_ options: [String], answer: Int, label: String?, isTrue: (String) -> Bool?) -> [String] {
        guard options.indices.contains(answer) else {
            return ["\(label.map { $0 + ": " } ?? "")answer is not one of the \(options.count) options"]
        }
        return options.enumerated().compactMap { i, option in
            guard let truth = isTrue(option) else { return nil }
            let prefix = label.map { $0 + ": " } ?? ""
            if i == answer && !truth { return "\(prefix)the answer “\(option)” is not true in the model" }
            if i != answer && truth { return "\(prefix)distractor “\(option)” is also true in the model" }
            return nil
        }
    }

    /// Fails when, over enough permutable choice items, the answer is always the strictly longest option.
    static func longestAnswerProblem(_ items: [QuizItem]) -> [String] {
        let choice = items.filter { OptionLayout($0) == .permutable }
        guard choice.count >= longestRuleMinimum else { return [] }
        let alwaysLongest = choice.allSatisfy { item in
            guard case .choice(let a) = item.answer, item.options.indices.contains(a) else { return false }
            let length = item.options[a].count
            return item.options.indices.allSatisfy { $0 == a || item.options[$0].count < length }
        }
        return alwaysLongest ? ["the longest option is the answer in all \(choice.count) choice items"] : []
    }

    /// Fails when some answer position holds more than one answer above or below its fair share.
    static func positionProblems(_ items: [QuizItem]) -> [String] {
        let choice = items.filter { OptionLayout($0) == .permutable }
        let fair = AnswerPositions.expected(choice.map(\.options.count))
        var counts = [Int](repeating: 0, count: fair.count)
        for item in choice {
            if case .choice(let a) = item.answer, counts.indices.contains(a) { counts[a] += 1 }
        }
        return fair.indices.compactMap { p in
            abs(Double(counts[p]) - fair[p]) > 1 + 1e-9
                ? "answer position \(QuizItem.letter(p)) is used \(counts[p]) times, expected about \(ValueText.number(fair[p])) (±1)"
                : nil
        }
    }
}
