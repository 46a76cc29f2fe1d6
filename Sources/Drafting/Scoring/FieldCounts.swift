/// Matches, false finds and misses of one field, with precision, recall and F1.
package struct FieldCounts: Sendable, Equatable {
    /// Drafted items that match an answer.
    package var right = 0
    /// Drafted items that match no answer.
    package var wrong = 0
    /// Answers no drafted item matches.
    package var missed = 0

    package init(right: Int = 0, wrong: Int = 0, missed: Int = 0) {
        self.right = right; self.wrong = wrong; self.missed = missed
    }

    /// Right ÷ drafted (1 when nothing was drafted).
    package var precision: Double { right + wrong == 0 ? 1 : Double(right) / Double(right + wrong) }
    /// Right ÷ answers (1 when the sheets list none).
    package var recall: Double { right + missed == 0 ? 1 : Double(right) / Double(right + missed) }
    /// The harmonic mean of precision and recall.
    package var f1: Double {
        let (p, r) = (precision, recall)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    package static func + (a: FieldCounts, b: FieldCounts) -> FieldCounts {
        FieldCounts(right: a.right + b.right, wrong: a.wrong + b.wrong, missed: a.missed + b.missed)
    }

    package static func += (a: inout FieldCounts, b: FieldCounts) { a = a + b }
}
