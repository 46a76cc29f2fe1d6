import Foundation
import PacketModel

/// Finds rows of a workbook that pair a quiz item's statement with its keyed answer: a quote
/// beside its speaker, a claim beside its kind or its evidence, a figure's measure beside the
/// figure, an event beside its date, a word beside its meaning, a person beside their role.
///
/// What an item states and what its key is come from the model items it is built from (its
/// `sources`), so a sheet that shows the same fact in other words (a date as a date cell, a
/// percentage as a fraction) is caught too. The article's own words are what students read and
/// every text-dependent quiz is answered there: the caller names the sheets and columns that
/// hold them, and checks separately that they hold nothing else.
enum QuizLeaks {
    /// What one item states and what answers it.
    struct Pair {
        var item: String
        var statements: [String]
        var answers: [String] = []
        var numbers: [Double] = []
        var dates: [PartialDate] = []
    }

    struct Leak: CustomStringConvertible {
        var sheet: String
        var row: Int
        var item: String
        var statement: String
        var answer: String
        var description: String { "\(sheet)!row \(row): \(item) — “\(statement)” beside its answer “\(answer)”" }
    }

    /// A row of a sheet as the checker reads it.
    struct Row {
        var texts: [String] = []
        var numbers: [Double] = []
        var dates: [(year: Int, month: Int, day: Int)] = []

        var joined: String { " " + texts.joined(separator: " | ") + " " }
    }

    // MARK: What items state

    static func pairs(for item: QuizItem, in model: ArticleModel) -> [Pair] {
        let keyed: [String] = {
            guard case .choice(let i) = item.answer, item.options.indices.contains(i), item.type != .trueFalse else { return [] }
            return [item.options[i]]
        }()
        if item.kind == .claimForEvidence {
            // Asked the other way round: the evidence is the statement, the claim it supports the answer.
            let evidence = model.evidence.filter { item.sources.contains($0.id) }.map(\.summary)
            return [Pair(item: item.id, statements: evidence, answers: keyed)]
        }
        switch item.type {
        case .essay:
            return []
        case .matching:
            guard case .matching(let pairs) = item.answer else { return [] }
            return pairs.map { Pair(item: item.id, statements: [$0.prompt], answers: [$0.match]) }
        case .factOpinion:
            return item.sources.compactMap(model.claim).map {
                Pair(item: item.id, statements: [$0.text, $0.plain].compactMap { $0 }, answers: keyed + [$0.kind.rawValue])
            }
        case .claimEvidence, .twoPart:
            let evidence = model.evidence.filter { item.sources.contains($0.id) }.map(\.summary)
            return item.sources.compactMap(model.claim).map {
                Pair(item: item.id, statements: [$0.text, $0.plain].compactMap { $0 }, answers: keyed + evidence)
            }
        case .multipleChoice, .trueFalse, .numeric, .ordering, .shortAnswer, .whoSaidIt:
            return item.sources.flatMap { subjectPairs($0, item: item.id, model: model) }.map { pair in
                var pair = pair
                pair.answers += keyed
                return pair
            }
        }
    }

    /// The statement–answer pairs a model item can be asked about, both ways round where the
    /// quiz asks both ways (a word for its meaning and a meaning for its word).
    static func subjectPairs(_ id: String, item: String, model: ArticleModel) -> [Pair] {
        if let q = model.quotes.first(where: { $0.id == id }) {
            let speaker = model.entities.first { $0.id == q.speaker }?.allNames ?? [model.displayName(for: q.speaker)]
            return [Pair(item: item, statements: [q.text], answers: speaker)]
        }
        if let s = model.statistics.first(where: { $0.id == id }) {
            let v = s.value.representative
            return [Pair(item: item, statements: [s.measures], answers: [s.asWritten], numbers: s.isPercent ? [v, v / 100] : [v])]
        }
        if let e = model.events.first(where: { $0.id == id }) {
            return [Pair(item: item, statements: [e.description], dates: [e.date] + [e.textDate].compactMap { $0 })]
        }
        if let v = model.vocabulary.first(where: { $0.id == id }) {
            return [Pair(item: item, statements: [v.term], answers: [v.definition]),
                    Pair(item: item, statements: [v.definition], answers: [v.term])]
        }
        if let p = model.entities.first(where: { $0.id == id }) {
            return [Pair(item: item, statements: p.allNames, answers: [p.role]),
                    Pair(item: item, statements: [p.role], answers: p.allNames)]
        }
        return []
    }

    // MARK: Finding them

    /// Every row of every sheet except `skipSheets`, leaving out the columns `skipColumns` gives
    /// for a sheet (by header), that pairs an item's statement with its answer.
    static func find(in book: WorkbookInspection, items: [QuizItem], model: ArticleModel, skipSheets: Set<String>,
                     skipColumns: Set<String>) -> [Leak] {
        let allPairs = items.flatMap { Self.pairs(for: $0, in: model) }
        var leaks: [Leak] = []
        for sheet in book.sheets where !skipSheets.contains(sheet.title) {
            var skipped: Set<Int> = []
            for (index, title) in sheet.header.enumerated() where skipColumns.contains(title?.text ?? "") { skipped.insert(index + 1) }
            var rows: [Int: Row] = [:]
            for cell in sheet.cells where !skipped.contains(cell.col) || cell.row <= 4 {
                rows[cell.row, default: Row()].add(cell)
            }
            for (number, row) in rows.sorted(by: { $0.key < $1.key }) {
                for pair in allPairs {
                    guard let statement = pair.statements.first(where: { row.states($0) }),
                          let answer = row.answer(pair) else { continue }
                    leaks.append(Leak(sheet: sheet.title, row: number, item: pair.item, statement: statement, answer: answer))
                }
            }
        }
        return leaks
    }

    /// Lower-case letters, digits, `%` and `.` between words; everything else one space.
    static func normalized(_ text: String) -> String {
        var out = ""
        var space = true
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "%" || (ch == "." && !space) {
                out.append(ch); space = false
            } else if !space {
                out.append(" "); space = true
            }
        }
        while out.hasSuffix(" ") || out.hasSuffix(".") { out.removeLast() }
        return out.replacingOccurrences(of: ". ", with: " ")
    }

    /// The first eight words of a statement: enough to identify it, short enough to catch a cut copy.
    static func fragment(_ statement: String) -> String {
        normalized(statement).split(separator: " ").prefix(8).joined(separator: " ")
    }
}

extension QuizLeaks.Row {
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]

    mutating func add(_ cell: WorkbookInspection.Cell) {
        switch cell.value {
        case .text(let s):
            // openpyxl gives a date cell's value as an ISO date-time.
            if cell.number_format.contains("y"), let date = Self.isoDate(s) {
                dates.append(date)
                let month = Self.months[date.month - 1]
                texts.append("\(date.day) \(month) \(date.year) \(month) \(date.day) \(date.year)")
            } else {
                texts.append(QuizLeaks.normalized(s))
            }
        case .number(let n):
            numbers.append(n)
            texts.append(QuizLeaks.normalized(n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)))
        case .bool, .none:
            break
        }
    }

    static func isoDate(_ s: String) -> (year: Int, month: Int, day: Int)? {
        let parts = s.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    func states(_ statement: String) -> Bool {
        let fragment = QuizLeaks.fragment(statement)
        return !fragment.isEmpty && joined.contains(" " + fragment + " ")
    }

    /// The answer this row shows for `pair`, if any. A short answer ("fact", "Nagata") must fill
    /// a cell on its own; a longer one may stand inside a cell.
    func answer(_ pair: QuizLeaks.Pair) -> String? {
        for answer in pair.answers {
            let a = QuizLeaks.normalized(answer)
            guard !a.isEmpty else { continue }
            let short = a.split(separator: " ").count <= 2 && a.count <= 12
            if short ? texts.contains(a) : joined.contains(" " + a + " ") { return answer }
        }
        for n in pair.numbers where numbers.contains(where: { abs($0 - n) <= 1e-9 * max(1, abs(n)) }) {
            return String(n)
        }
        for date in pair.dates {
            if dates.contains(where: { $0.year == date.year && (date.month == nil || $0.month == date.month) }) {
                return date.iso
            }
            let month = date.month.map { Self.months[$0 - 1] + " " } ?? ""
            if joined.contains(" " + month + String(date.year) + " ") { return date.iso }
        }
        return nil
    }
}
