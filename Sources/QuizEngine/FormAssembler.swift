import PacketModel

/// Lays items out for print: options permuted so the answers' positions are balanced, matching and
/// ordering shuffled, each part of a two-part item permuted; forms then put the same items, laid
/// out the same way, in different orders.
enum FormAssembler {
    /// The items arranged with `random`. With `earlier` (items already arranged), positions are
    /// balanced over both together.
    static func arrange(_ items: [QuizItem], after earlier: [QuizItem] = [], random: inout SplitMix64) -> [QuizItem] {
        let permutable = items.indices.filter { OptionLayout(items[$0]) == .permutable }
        let placed = earlier.compactMap { item -> (options: Int, answer: Int)? in
            guard OptionLayout(item) == .permutable, case .choice(let a) = item.answer else { return nil }
            return (item.options.count, a)
        }
        let targets = AnswerPositions.targets(permutable.map { items[$0].options.count }, earlier: placed, random: &random)
        var result = items
        for (k, i) in permutable.enumerated() {
            result[i] = place(items[i], answerAt: targets[k], random: &random)
        }
        for i in items.indices {
            switch OptionLayout(items[i]) {
            case .shuffled: result[i] = reshuffle(items[i], random: &random)
            case .parts: result[i] = permuteParts(items[i], random: &random)
            case .fixed, .ascending, .permutable, .none: break
            }
        }
        return result
    }

    /// Form `name`: the arranged `items` in a seeded order.
    static func form(named name: String, items: [QuizItem], seed: UInt64) -> QuizForm {
        var random = SplitMix64(seed: seed)
        return QuizForm(name: name, seed: seed, items: random.shuffled(items))
    }

    /// The item with its answer moved to `target` and the distractors in a random order around it.
    static func place(_ item: QuizItem, answerAt target: Int, random: inout SplitMix64) -> QuizItem {
        guard case .choice(let answer) = item.answer, item.options.indices.contains(answer),
              item.options.indices.contains(target) else { return item }
        var placed = item
        placed.options = options(item.options, answer: answer, at: target, random: &random)
        placed.answer = .choice(target)
        return placed
    }

    /// `options` with the one at `answer` moved to `target` and the others in a random order around it.
    static func options(_ options: [String], answer: Int, at target: Int, random: inout SplitMix64) -> [String] {
        var others = random.shuffled(options.indices.filter { $0 != answer }.map { options[$0] })
        others.insert(options[answer], at: min(target, others.count))
        return others
    }

    /// Each part's answer moved to a random position.
    static func permuteParts(_ item: QuizItem, random: inout SplitMix64) -> QuizItem {
        var result = item
        result.parts = item.parts.map { part in
            guard part.options.indices.contains(part.answer) else { return part }
            var moved = part
            let target = random.below(part.options.count)
            moved.options = options(part.options, answer: part.answer, at: target, random: &random)
            moved.answer = target
            return moved
        }
        result.answer = .parts(result.parts.map(\.answer))
        return result
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
        case .choice, .number, .text, .parts, .rubric:
            break
        }
        return result
    }
}
