import PacketModel

/// Lays items out for print: a seeded order, options permuted so the answers' positions are
/// balanced across the form, matching and ordering shuffled afresh.
enum FormAssembler {
    /// The items in `order`, arranged with `random`.
    static func arrange(_ items: [QuizItem], random: inout SplitMix64) -> [QuizItem] {
        let permutable = items.indices.filter { OptionLayout(items[$0]) == .permutable }
        let targets = AnswerPositions.targets(permutable.map { items[$0].options.count }, random: &random)
        var result = items
        for (k, i) in permutable.enumerated() {
            result[i] = place(items[i], answerAt: targets[k], random: &random)
        }
        for i in items.indices where OptionLayout(items[i]) == .shuffled {
            result[i] = reshuffle(items[i], random: &random)
        }
        return result
    }

    /// Form `name`: all `items` in a seeded order, arranged.
    static func form(named name: String, items: [QuizItem], seed: UInt64) -> QuizForm {
        var random = SplitMix64(seed: seed)
        let shuffled = random.shuffled(items)
        return QuizForm(name: name, seed: seed, items: arrange(shuffled, random: &random))
    }

    /// The item with its answer moved to `target` and the distractors in a random order around it.
    static func place(_ item: QuizItem, answerAt target: Int, random: inout SplitMix64) -> QuizItem {
        guard case .choice(let answer) = item.answer, item.options.indices.contains(answer),
              item.options.indices.contains(target) else { return item }
        var others = random.shuffled(item.options.indices.filter { $0 != answer }.map { item.options[$0] })
        others.insert(item.options[answer], at: target)
        var placed = item
        placed.options = others
        placed.answer = .choice(target)
        return placed
    }

    /// Matching: right-hand side in a new order. Ordering: the events in a new order that is not the answer.
    static func reshuffle(_ item: QuizItem, random: inout SplitMix64) -> QuizItem {
        var result = item
        switch item.answer {
        case .matching(let pairs):
            result.options = Shuffle.notInOrder(pairs.map(\.match), random: &random)
        case .ordering(let order):
            let inOrder = order.compactMap { item.options.indices.contains($0) ? item.options[$0] : nil }
            guard inOrder.count == item.options.count else { return item }
            result.options = Shuffle.notInOrder(inOrder, random: &random)
            result.answer = .ordering(inOrder.compactMap { result.options.firstIndex(of: $0) })
        case .choice, .number, .text, .rubric:
            break
        }
        return result
    }
}
