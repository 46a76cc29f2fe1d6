/// The kinds of quiz item the engine builds.
package enum QuizItemType: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case multipleChoice = "multiple-choice"
    case trueFalse = "true-false"
    case numeric
    case matching
    case ordering
    case shortAnswer = "short-answer"
    case whoSaidIt = "who-said-it"
    case factOpinion = "fact-opinion"
    case claimEvidence = "claim-evidence"
    case essay

    /// Items whose answer is one of ``QuizItem/options``.
    package var isChoice: Bool {
        switch self {
        case .multipleChoice, .trueFalse, .whoSaidIt, .factOpinion, .claimEvidence: true
        case .numeric, .matching, .ordering, .shortAnswer, .essay: false
        }
    }
}

/// How hard an item is expected to be.
package enum Difficulty: String, Codable, Sendable, CaseIterable {
    case easy, medium, hard
}

/// One left-hand prompt of a matching item and the right-hand text that belongs to it.
package struct MatchPair: Codable, Sendable, Hashable {
    package var prompt: String
    package var match: String

    package init(prompt: String, match: String) { self.prompt = prompt; self.match = match }
}

/// The correct answer of an item.
package enum QuizAnswer: Codable, Sendable, Hashable {
    /// Index into ``QuizItem/options``.
    case choice(Int)
    /// A number, correct within ± tolerance.
    case number(value: Double, tolerance: Double)
    /// Free text; any of these is accepted (compared case-insensitively, trimmed).
    case text(accepted: [String])
    /// Matching: the pairs in prompt order; ``QuizItem/options`` lists the right-hand side shuffled.
    case matching([MatchPair])
    /// Ordering: ``QuizItem/options`` as shown; the indices in the correct order.
    case ordering([Int])
    /// Marked by the teacher against the rubric.
    case rubric
}

/// A quiz question with its answer, explanation and source.
package struct QuizItem: Codable, Sendable, Hashable {
    /// Stable id, e.g. `who-said-it.q2`.
    package var id: String
    package var type: QuizItemType
    package var stem: String
    /// Choices (choice items), right-hand matches (matching) or the items to order (ordering).
    package var options: [String]
    package var answer: QuizAnswer
    /// Why the answer is right, shown in keys and LMS feedback.
    package var explanation: String
    /// The body paragraph the item cites `[¶n]`; `nil` only for prompts about the whole article.
    package var paragraph: Int?
    /// The article's words the item rests on.
    package var excerpt: String
    package var bloom: BloomLevel
    package var difficulty: Difficulty
    /// Ids of the model items it was built from.
    package var sources: [String]
    /// Rubric for essay and discussion items.
    package var rubric: [RubricCriterion]

    package init(id: String, type: QuizItemType, stem: String, options: [String] = [], answer: QuizAnswer,
                explanation: String, paragraph: Int?, excerpt: String, bloom: BloomLevel,
                difficulty: Difficulty = .medium, sources: [String] = [], rubric: [RubricCriterion] = []) {
        self.id = id; self.type = type; self.stem = stem; self.options = options; self.answer = answer
        self.explanation = explanation; self.paragraph = paragraph; self.excerpt = excerpt; self.bloom = bloom
        self.difficulty = difficulty; self.sources = sources; self.rubric = rubric
    }

    /// `[¶n]`, or an empty string for whole-article prompts.
    package var citation: String { paragraph.map { "[¶\($0)]" } ?? "" }

    /// Option letter for a 0-based index: A, B, C, …
    package static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index)))
    }

    /// What a student writes in an answer cell when right: a letter (`B`), `True`/`False` is a letter too,
    /// a number, the first accepted text, letters in prompt order for matching (`CAB`) or in correct order
    /// for ordering (`BDAC`); `nil` for rubric-marked items.
    package var responseKey: String? {
        switch answer {
        case .choice(let i): return QuizItem.letter(i)
        case .number(let v, _): return QuizItem.format(v)
        case .text(let accepted): return accepted.first
        case .matching(let pairs):
            return pairs.map { p in options.firstIndex(of: p.match).map(QuizItem.letter) ?? "?" }.joined()
        case .ordering(let order): return order.map(QuizItem.letter).joined()
        case .rubric: return nil
        }
    }

    /// The responses a student may pick from (for a dropdown), or `nil` for free entry.
    package var responseChoices: [String]? {
        switch answer {
        case .choice: return options.indices.map(QuizItem.letter)
        default: return nil
        }
    }

    /// True when `response` earns the point, by the same rule the gradebook formulas use:
    /// trimmed and case-insensitive for letters and text, within tolerance for numbers.
    package func accepts(_ response: String) -> Bool {
        let r = response.trimmingCharacters(in: .whitespaces).uppercased()
        switch answer {
        case .number(let v, let tol):
            guard let x = Double(r) else { return false }
            return abs(x - v) <= tol + 1e-9
        case .text(let accepted):
            return accepted.contains { $0.trimmingCharacters(in: .whitespaces).uppercased() == r }
        case .rubric:
            return false
        default:
            return responseKey.map { $0.uppercased() == r } ?? false
        }
    }

    /// A number without a trailing `.0`.
    package static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

/// One printed version of a quiz: the same items in a seeded order with options permuted.
package struct QuizForm: Codable, Sendable, Hashable {
    /// `A`, `B`, …
    package var name: String
    package var seed: UInt64
    package var items: [QuizItem]

    package init(name: String, seed: UInt64, items: [QuizItem]) {
        self.name = name; self.seed = seed; self.items = items
    }
}

/// Everything the quiz engine made for one audience.
package struct QuizSet: Codable, Sendable, Hashable {
    /// The audience's item bank (LMS exports; the LMS shuffles).
    package var bank: [QuizItem]
    package var forms: [QuizForm]

    package init(bank: [QuizItem], forms: [QuizForm]) { self.bank = bank; self.forms = forms }

    /// Form A, or an empty form when there is none.
    package var formA: QuizForm { forms.first ?? QuizForm(name: "A", seed: 0, items: []) }
}
