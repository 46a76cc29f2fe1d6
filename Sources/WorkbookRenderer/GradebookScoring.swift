import PacketModel

/// Scores answers exactly as the gradebook's formulas do, so every formula can carry its true
/// result: LibreOffice shows the cached result on load and does not recalculate.
///
/// The formulas follow ``QuizItem/accepts(_:)``: letters and text trimmed and compared ignoring
/// case, numbers within tolerance, two-part items 2 for both letters and 1 for Part A's alone,
/// rubric items left to the teacher.
enum GradebookScoring {
    /// The points an answer earns, or `nil` for a rubric item the teacher marks.
    static func score(_ item: QuizItem, _ response: String) -> Double? {
        let r = upper(trim(response))
        switch item.answer {
        case .rubric:
            return nil
        case .number(let v, let tol):
            guard !r.isEmpty, let x = value(r) else { return 0 }
            return abs(x - v) <= tol + 1e-9 ? 1 : 0
        case .parts(let answers):
            guard !r.isEmpty, let key = item.responseKey.map({ upper(trim($0)) }) else { return 0 }
            if r == key { return Double(answers.count) }
            return r.prefix(1) == key.prefix(1) ? 1 : 0
        case .text:
            guard !r.isEmpty else { return 0 }
            let key = upper(trim(item.responseKey ?? ""))
            return r == key || ("|" + upper(acceptedList(item)) + "|").contains("|" + r + "|") ? 1 : 0
        default:
            guard !r.isEmpty, let key = item.responseKey else { return 0 }
            return upper(trim(key)) == r ? 1 : 0
        }
    }

    /// Every accepted text answer, trimmed and joined by `|`: the gradebook's "accepted" cell.
    static func acceptedList(_ item: QuizItem) -> String {
        guard case .text(let accepted) = item.answer else { return "" }
        return accepted.map(trim).joined(separator: "|")
    }

    /// The points an item is worth: 1, a point per part of a two-part item, or the rubric's total.
    static func points(_ item: QuizItem) -> Double { Double(item.points) }

    /// The spreadsheet's TRIM: spaces removed at both ends and runs of spaces made one.
    static func trim(_ s: String) -> String {
        s.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    static func upper(_ s: String) -> String { s.uppercased() }

    /// The spreadsheet's VALUE for plain decimal numbers; `nil` where it would be an error.
    static func value(_ s: String) -> Double? {
        let allowed = Set("0123456789.+-eE")
        guard !s.isEmpty, s.allSatisfy({ allowed.contains($0) }), let x = Double(s), x.isFinite else { return nil }
        return x
    }
}
