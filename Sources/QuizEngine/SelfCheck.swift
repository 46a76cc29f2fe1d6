import PacketModel

/// The rules every built quiz must pass, checked on the bank and on every form (in the spirit of
/// R/exams' stress test): an item that breaks one is a bug in a generator or in the model.
enum SelfCheck {
    /// At least this many permutable choice items before "the longest option is always the answer" counts.
    static let longestRuleMinimum = 4

    /// Every broken rule in `items`, each message prefixed with `label` (e.g. `form A`).
    static func problems(in items: [QuizItem], label: String, oracle: TruthOracle) -> [String] {
        var problems = items.flatMap { item in
            itemProblems(item, oracle: oracle).map { "\(label): \(item.id): \($0)" }
        }
        problems += longestAnswerProblem(items).map { "\(label): \($0)" }
        problems += positionProblems(items).map { "\(label): \($0)" }
        return problems
    }

    /// Rules about one item: citation, answer in range, no duplicate or banned options, no true distractor.
    static func itemProblems(_ item: QuizItem, oracle: TruthOracle) -> [String] {
        var problems: [String] = []
        if item.paragraph == nil && item.type != .essay {
            problems.append("missing citation: no paragraph for a \(item.type.rawValue) item")
        }
        var seen: [String: String] = [:]
        for option in item.options {
            let key = TextNormal.key(option)
            if let first = seen[key] {
                problems.append("duplicate options “\(first)” and “\(option)”")
            } else {
                seen[key] = option
            }
            if Distractors.banned.contains(key) { problems.append("option “\(option)” is not allowed") }
        }
        guard item.type.isChoice else { return problems }
        guard case .choice(let answer) = item.answer, item.options.indices.contains(answer) else {
            return problems + ["answer is not one of the \(item.options.count) options"]
        }
        for (i, option) in item.options.enumerated() {
            guard let isTrue = oracle.isTrue(option, for: item) else { continue }
            if i == answer && !isTrue {
                problems.append("the answer “\(option)” is not true in the model")
            } else if i != answer && isTrue {
                problems.append("distractor “\(option)” is also true in the model")
            }
        }
        return problems
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
                ? "answer position \(QuizItem.letter(p)) is used \(counts[p]) times, expected about \(formatted(fair[p])) (±1)"
                : nil
        }
    }

    private static func formatted(_ x: Double) -> String { ValueText.number(x) }
}
