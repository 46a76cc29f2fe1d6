import PacketModel

/// The editor's checklist for a drafted model: a progress line, then what is left to check,
/// grouped by part of the model, most important first.
package struct ReviewChecklist: Sendable {
    package let model: ArticleModel
    package let pending: [PendingReview]
    /// How the model file is named in each line.
    package let file: String

    package init(model: ArticleModel, pending: [PendingReview], file: String) {
        self.model = model; self.pending = pending; self.file = file
    }

    /// Everything an editor checks: the article's facts (outlet, date, summary), every item with an
    /// id, and every authored question.
    package var itemCount: Int {
        3 + model.allClaims.count + model.evidence.count + model.relations.count + model.statistics.count
            + model.quotes.count + model.entities.count + model.events.count + model.vocabulary.count
            + model.questions.count
    }

    /// What is left, one entry per item (an item with a review mark and two placeholders is one entry).
    package var items: [[PendingReview]] {
        var order: [String] = []
        var byItem: [String: [PendingReview]] = [:]
        for entry in pending {
            let key = "\(entry.section.rawValue)|\(entry.what)|\(entry.id ?? "line \(entry.line)")"
            if byItem[key] == nil { order.append(key) }
            byItem[key, default: []].append(entry)
        }
        return order.map { byItem[$0]! }
    }

    package var text: String {
        let items = self.items
        let left = min(items.count, itemCount)
        var lines = ["\(file): \(itemCount - left) of \(itemCount) items reviewed"
                     + (items.isEmpty ? "; nothing left to check: the model can be built for students."
                        : "; \(left) left to check, most important first.")]
        for section in PendingReview.Section.allCases {
            let inSection = items.filter { $0[0].section == section }.sorted { Self.rank($0) < Self.rank($1) }
            guard !inSection.isEmpty else { continue }
            lines.append("")
            lines.append("\(section.title) (\(inSection.count))")
            for entries in inSection { lines.append(contentsOf: Self.describe(entries, file: file)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `  file:LINE:COL  claim 'c3': drafted guess (confidence: low); TODO in 'teacher_note'`,
    /// then what the guess was based on.
    private static func describe(_ entries: [PendingReview], file: String) -> [String] {
        let first = entries.min { ($0.line, $0.column) < ($1.line, $1.column) }!
        let name = first.id.map { "\(first.what) '\($0)'" } ?? first.what
        var parts: [String] = []
        var basisLine: String?
        let guessesFirst = entries.sorted { a, _ in if case .guess = a.reason { true } else { false } }
        for entry in guessesFirst {
            switch entry.reason {
            case .guess(let basis, let confidence):
                parts.append("drafted guess" + (confidence.map { " (confidence: \($0.rawValue))" } ?? ""))
                basisLine = basis.map { "      based on: \($0)" }
            case .placeholder(let field, _):
                parts.append("TODO in '\(field)'")
            }
        }
        return ["  \(file):\(first.line):\(first.column)  \(name): \(parts.joined(separator: "; "))"] + [basisLine].compactMap { $0 }
    }

    /// Least confident guesses first, then other guesses, then placeholders only; file order within.
    private static func rank(_ entries: [PendingReview]) -> (Int, Int, Int) {
        var rank = 3
        for entry in entries {
            if case .guess(_, let confidence) = entry.reason {
                rank = min(rank, confidence == .low ? 0 : (confidence == .high ? 2 : 1))
            }
        }
        let first = entries.min { ($0.line, $0.column) < ($1.line, $1.column) }!
        return (rank, first.line, first.column)
    }
}
