/// Something in a model that no person has checked yet: a drafted guess (`review:`) or
/// placeholder text (`TODO`). A model with any of these never reaches students: `packet build`
/// refuses it (`--draft` makes a review copy) and `packet review` lists them.
package struct PendingReview: Sendable, Hashable {
    /// Why the item is not reviewed.
    package enum Reason: Sendable, Hashable {
        /// `packet draft` guessed the item (`review: true`, or `review: {basis, confidence}`).
        case guess(basis: String?, confidence: Confidence?)
        /// A value still holds placeholder text, e.g. `TODO: outlet`.
        case placeholder(field: String, text: String)
    }

    /// How sure the drafter was of a guess.
    package enum Confidence: String, Sendable, Hashable, CaseIterable, Comparable {
        case low, medium, high

        package static func < (a: Confidence, b: Confidence) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Which part of the model the item is in, most important to review first.
    package enum Section: Int, Sendable, Hashable, CaseIterable, Comparable {
        case argument, figures, quotes, people, dates, vocabulary, other

        /// The model's top-level key the section holds.
        init(rootKey: String) {
            switch rootKey {
            case "thesis", "claims", "relations", "evidence", "summary", "plain_summary": self = .argument
            case "statistics": self = .figures
            case "quotes": self = .quotes
            case "people", "organizations", "places": self = .people
            case "events": self = .dates
            case "vocabulary": self = .vocabulary
            default: self = .other
            }
        }

        package var title: String {
            switch self {
            case .argument: "Thesis, claims and evidence"
            case .figures: "Figures"
            case .quotes: "Quotes and speakers"
            case .people: "People, organisations and places"
            case .dates: "Dates"
            case .vocabulary: "Vocabulary"
            case .other: "The article's facts (outlet, date, notes, questions)"
            }
        }

        package static func < (a: Section, b: Section) -> Bool { a.rawValue < b.rawValue }
    }

    package var section: Section
    /// What the item is (`claim`, `statistic`, `metadata`…), for messages.
    package var what: String
    /// The item's id, when it has one.
    package var id: String?
    package var line: Int
    package var column: Int
    package var reason: Reason

    /// One line saying what is left to do, e.g. `claim 'c3' is a drafted guess (review: true)`.
    package var summary: String {
        let name = id.map { "\(what) '\($0)'" } ?? what
        switch reason {
        case .guess: return "\(name) is a drafted guess (review: true): check it against the article, then remove the mark"
        case .placeholder(let field, let text):
            return "\(name): '\(field)' still holds placeholder text “\(Self.clip(text))”: write the real value"
        }
    }

    private static func clip(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }
}
