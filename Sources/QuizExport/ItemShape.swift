import Foundation
import PacketModel

/// What a quiz item asks a student to do, in the terms export formats care about.
///
/// The item types collapse into seven shapes: who-said-it, fact-opinion and claim-evidence items
/// are single-choice questions like multiple-choice ones, and a true-false item is a true-false
/// question when its two options read `True` and `False`. A two-part item has no shape of its own:
/// exports ask its parts (``LinkedParts``).
enum ItemShape: Hashable, Sendable {
    /// One correct option among `options`.
    case choice(options: [String], correct: Int)
    case trueFalse(Bool)
    case number(value: Double, tolerance: Double)
    /// Free text; any of `accepted` earns the point.
    case text(accepted: [String])
    /// Prompts and their matches, in prompt order.
    case matching([MatchPair])
    /// The options in their correct order.
    case ordering([String])
    /// Marked by the teacher against a rubric.
    case essay

    /// Reads an item's shape, or explains why the item is malformed.
    static func of(_ item: QuizItem) -> Result<ItemShape, MalformedItem> {
        func malformed(_ why: String) -> Result<ItemShape, MalformedItem> {
            .failure(MalformedItem(id: item.id, reason: why))
        }
        switch item.answer {
        case .choice(let index):
            guard item.options.indices.contains(index) else { return malformed("answer is not one of its options") }
            if item.type == .trueFalse, let truth = trueFalseValue(item.options, index) {
                return .success(.trueFalse(truth))
            }
            guard item.options.count >= 2 else { return malformed("fewer than two options") }
            return .success(.choice(options: item.options, correct: index))
        case .number(let value, let tolerance):
            guard value.isFinite, tolerance.isFinite, tolerance >= 0 else { return malformed("number is not finite") }
            return .success(.number(value: value, tolerance: tolerance))
        case .text(let accepted):
            let answers = accepted.filter { !$0.trimmedOfSpaces.isEmpty }
            guard !answers.isEmpty else { return malformed("no accepted answer") }
            return .success(.text(accepted: answers))
        case .matching(let pairs):
            guard pairs.count >= 2 else { return malformed("fewer than two pairs") }
            return .success(.matching(pairs))
        case .ordering(let order):
            guard order.count >= 2, order.sorted() == Array(item.options.indices) else {
                return malformed("order is not a permutation of its options")
            }
            return .success(.ordering(order.map { item.options[$0] }))
        case .rubric:
            return .success(.essay)
        case .parts:
            return malformed("a two-part item is exported as its two parts")
        }
    }

    /// `true` or `false` when the options are exactly True and False (any case), else `nil`.
    private static func trueFalseValue(_ options: [String], _ index: Int) -> Bool? {
        guard options.count == 2 else { return nil }
        let words = options.map { $0.trimmedOfSpaces.lowercased() }
        guard Set(words) == ["true", "false"] else { return nil }
        return words[index] == "true"
    }
}

/// An item whose answer does not fit its options; exports leave it out and say so.
struct MalformedItem: Error, Hashable, Sendable {
    var id: String
    var reason: String
}

extension ItemShape {
    /// An ordering item asked as matching, for formats without an ordering type: each item is
    /// matched with its place (`1` = first). Returns the stem to show and the pairs.
    static func orderingAsMatching(stem: String, order: [String]) -> (stem: String, pairs: [MatchPair]) {
        let pairs = order.enumerated().map { MatchPair(prompt: $0.element, match: String($0.offset + 1)) }
        return (stem + " (Match each to its place in the order: 1 = first.)", pairs)
    }

    /// The stem and shape to export for a format with no ordering type: an ordering item
    /// becomes a matching item (see ``orderingAsMatching(stem:order:)``); any other is unchanged.
    func askedWithoutOrdering(stem: String) -> (stem: String, shape: ItemShape) {
        guard case .ordering(let order) = self else { return (stem, self) }
        let asked = Self.orderingAsMatching(stem: stem, order: order)
        return (asked.stem, .matching(asked.pairs))
    }
}
