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
    /// Part A (a claim or an inference) and Part B (the excerpt that supports it), both choices.
    case twoPart = "two-part"
    case essay

    /// Items whose answer is one of ``QuizItem/options``.
    package var isChoice: Bool {
        switch self {
        case .multipleChoice, .trueFalse, .whoSaidIt, .factOpinion, .claimEvidence: true
        case .numeric, .matching, .ordering, .shortAnswer, .twoPart, .essay: false
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
    /// A two-part item: the index of the right option of each part, Part A first.
    case parts([Int])
    /// Marked by the teacher against the rubric.
    case rubric
}

/// Words of the article an item rests on, exactly as they stand in paragraph `paragraph`.
package struct SupportingExcerpt: Codable, Sendable, Hashable {
    package var paragraph: Int
    package var text: String

    package init(paragraph: Int, text: String) { self.paragraph = paragraph; self.text = text }
}

/// One part of a two-part item: a choice question of its own.
package struct QuizPart: Codable, Sendable, Hashable {
    package var stem: String
    package var options: [String]
    /// Index of the right option.
    package var answer: Int
    package var kind: QuizItemKind
    /// Ids of the model items the part asks about (the first is its subject).
    package var sources: [String]

    package init(stem: String, options: [String], answer: Int, kind: QuizItemKind, sources: [String]) {
        self.stem = stem; self.options = options; self.answer = answer; self.kind = kind; self.sources = sources
    }

    /// `Part A`, `Part B`, … for the part at `index`.
    package static func label(_ index: Int) -> String { "Part " + QuizItem.letter(index) }
}

/// A quiz question with its answer, explanation and source.
package struct QuizItem: Codable, Sendable, Hashable {
    /// Stable id, e.g. `who-said-it.q2`.
    package var id: String
    package var type: QuizItemType
    /// What the item asks about, so that every option can be judged against the model.
    package var kind: QuizItemKind
    package var skill: QuizSkill
    /// Webb's Depth of Knowledge, 1 (recall) to 4 (extended thinking).
    package var dok: Int
    package var stem: String
    /// A shorter wording of the stem for formats with tight limits (Kahoot), when there is one.
    package var shortStem: String?
    /// Choices (choice items), right-hand matches (matching) or the items to order (ordering).
    package var options: [String]
    /// The parts of a two-part item, Part A first; empty for other items.
    package var parts: [QuizPart]
    package var answer: QuizAnswer
    /// Why the answer is right, shown in keys and LMS feedback.
    package var explanation: String
    /// The article's exact words that justify the key, each with the paragraph it stands in.
    package var support: [SupportingExcerpt]
    package var bloom: BloomLevel
    package var difficulty: Difficulty
    /// Ids of the model items it was built from.
    package var sources: [String]
    /// Rubric for essay and discussion items.
    package var rubric: [RubricCriterion]

    package init(id: String, type: QuizItemType, kind: QuizItemKind = .authored, skill: QuizSkill, dok: Int,
                stem: String, shortStem: String? = nil, options: [String] = [], parts: [QuizPart] = [],
                answer: QuizAnswer, explanation: String, support: [SupportingExcerpt], bloom: BloomLevel,
                difficulty: Difficulty = .medium, sources: [String] = [], rubric: [RubricCriterion] = []) {
        self.id = id; self.type = type; self.kind = kind; self.skill = skill; self.dok = dok
        self.stem = stem; self.shortStem = shortStem; self.options = options; self.parts = parts
        self.answer = answer; self.explanation = explanation; self.support = support; self.bloom = bloom
        self.difficulty = difficulty; self.sources = sources; self.rubric = rubric
    }

    /// An item resting on one excerpt (`paragraph` `nil`: on none).
    package init(id: String, type: QuizItemType, kind: QuizItemKind = .authored, skill: QuizSkill, dok: Int,
                stem: String, shortStem: String? = nil, options: [String] = [], answer: QuizAnswer,
                explanation: String, paragraph: Int?, excerpt: String, bloom: BloomLevel,
                difficulty: Difficulty = .medium, sources: [String] = [], rubric: [RubricCriterion] = []) {
        self.init(id: id, type: type, kind: kind, skill: skill, dok: dok, stem: stem, shortStem: shortStem,
                  options: options, answer: answer, explanation: explanation,
                  support: paragraph.map { [SupportingExcerpt(paragraph: $0, text: excerpt)] } ?? [],
                  bloom: bloom, difficulty: difficulty, sources: sources, rubric: rubric)
    }

    /// The paragraph the item cites first `[¶n]`; `nil` only for prompts about the whole article.
    package var paragraph: Int? { support.first?.paragraph }

    /// The first excerpt the item rests on ("" when none).
    package var excerpt: String { support.first?.text ?? "" }

    /// Every paragraph the item's support stands in, in ascending order.
    package var paragraphs: [Int] { Array(Set(support.map(\.paragraph))).sorted() }

    /// `[¶n]`, or an empty string for whole-article prompts.
    package var citation: String { paragraph.map { "[¶\($0)]" } ?? "" }

    /// What the item is worth: a rubric's total, a point per part of a two-part item, else 1.
    package var points: Int {
        switch answer {
        case .rubric: return max(1, rubric.reduce(0) { $0 + $1.points })
        case .parts(let answers): return max(1, answers.count)
        default: return 1
        }
    }

    /// Option letter for a 0-based index: A, B, C, …
    package static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index)))
    }

    /// What a student writes in an answer cell when right: a letter (`B`), `True`/`False` is a letter too,
    /// a number, the first accepted text, letters in prompt order for matching (`CAB`), in correct order
    /// for ordering (`BDAC`), or one letter per part of a two-part item (`CA`); `nil` for rubric-marked items.
    package var responseKey: String? {
        switch answer {
        case .choice(let i): return QuizItem.letter(i)
        case .number(let v, _): return QuizItem.format(v)
        case .text(let accepted): return accepted.first
        case .matching(let pairs):
            return pairs.map { p in options.firstIndex(of: p.match).map(QuizItem.letter) ?? "?" }.joined()
        case .ordering(let order): return order.map(QuizItem.letter).joined()
        case .parts(let answers): return answers.map(QuizItem.letter).joined()
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

    /// The points `response` earns, by the same rule the gradebook formulas use: trimmed and
    /// case-insensitive for letters and text, within tolerance for numbers; a two-part item earns
    /// 2 when both letters are right and 1 when only Part A's is; `nil` for rubric items.
    package func score(_ response: String) -> Int? {
        let r = response.trimmingCharacters(in: .whitespaces).uppercased()
        switch answer {
        case .number(let v, let tol):
            guard let x = Double(r) else { return 0 }
            return abs(x - v) <= tol + 1e-9 ? 1 : 0
        case .text(let accepted):
            return accepted.contains { $0.trimmingCharacters(in: .whitespaces).uppercased() == r } ? 1 : 0
        case .parts(let answers):
            let key = answers.map(QuizItem.letter).joined()
            if r == key { return answers.count }
            return !r.isEmpty && r.prefix(1) == key.prefix(1) ? 1 : 0
        case .rubric:
            return nil
        default:
            return responseKey.map { $0.uppercased() == r ? 1 : 0 } ?? 0
        }
    }

    /// True when `response` earns every point of the item.
    package func accepts(_ response: String) -> Bool {
        score(response) == points
    }

    /// A number without a trailing `.0`.
    package static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

/// One printed version of a quiz: the same items in a seeded order.
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
    /// The audience's item bank (LMS exports; the LMS shuffles). Items on the forms come first,
    /// with the same options in the same order as on every form.
    package var bank: [QuizItem]
    package var forms: [QuizForm]

    package init(bank: [QuizItem], forms: [QuizForm]) { self.bank = bank; self.forms = forms }

    /// Form A, or an empty form when there is none.
    package var formA: QuizForm { forms.first ?? QuizForm(name: "A", seed: 0, items: []) }
}
