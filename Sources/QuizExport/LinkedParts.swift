import PacketModel

/// Two-part items for formats with no multi-part question: each becomes two linked choice
/// questions, `<id>.part-a` and `<id>.part-b`, worth a point each. Part B repeats Part A's
/// question so that it still makes sense if an LMS shows it alone.
enum LinkedParts {
    /// The items with every two-part item replaced by its parts, in place.
    static func expanded(_ items: [QuizItem]) -> [QuizItem] {
        items.flatMap { item in item.type == .twoPart ? parts(of: item) : [item] }
    }

    /// The ids of the two-part items among `items`.
    static func twoPartIDs(_ items: [QuizItem]) -> [String] {
        items.filter { $0.type == .twoPart }.map(\.id)
    }

    /// A two-part item's parts as choice questions.
    static func parts(of item: QuizItem) -> [QuizItem] {
        guard item.parts.count == 2 else { return [] }
        let a = item.parts[0], b = item.parts[1]
        let askedA = strippedLabel(a.stem)
        let stemA = "Part A of 2. " + askedA
        let stemB = "Part B of 2. Part A asked: \(askedA) " + strippedLabel(b.stem)
        return [(a, stemA, "a"), (b, stemB, "b")].map { part, stem, suffix in
            QuizItem(id: "\(item.id).part-\(suffix)", type: .multipleChoice, kind: part.kind, skill: item.skill,
                     dok: item.dok, stem: stem, options: part.options, answer: .choice(part.answer),
                     explanation: item.explanation, support: item.support, bloom: item.bloom,
                     difficulty: item.difficulty, sources: part.sources)
        }
    }

    /// The part's question without its `Part A: ` label.
    static func strippedLabel(_ stem: String) -> String {
        for label in ["Part A: ", "Part B: "] where stem.hasPrefix(label) { return String(stem.dropFirst(label.count)) }
        return stem
    }

    /// `quiz.gift: two-part items are two linked questions each: two-part.thesis (.part-a, .part-b); keep each pair together, in order`.
    static func note(fileName: String, _ items: [QuizItem]) -> [String] {
        let ids = twoPartIDs(items)
        guard !ids.isEmpty else { return [] }
        return ["\(fileName): \(ids.count == 1 ? "the two-part item" : "\(ids.count) two-part items") "
            + "(\(ids.joined(separator: ", "))) became two linked questions each (…part-a, …part-b), worth a point each; "
            + "keep each pair together and in order"]
    }
}
