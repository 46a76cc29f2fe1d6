import Foundation
import PacketModel
@testable import Drafting

/// Test fixtures, found next to this file (no SwiftPM resources).
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let seedArticle = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds/isis-after-mosul/article.txt").standardizedFileURL

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func seed() throws -> String { try String(contentsOf: seedArticle, encoding: .utf8) }
}

/// The validator's excerpt rule, restated for tests: after normalising spacing, quote marks, dashes and
/// ellipses, an excerpt must occur exactly once in the body paragraphs, inside one of them.
enum ExcerptRule {
    static func normalise(_ s: String) -> String {
        var out = ""
        var space = false
        for scalar in s.unicodeScalars {
            var piece: String
            switch scalar {
            case "’", "‘": piece = "'"
            case "“", "”": piece = "\""
            case "—", "–": piece = "-"
            case "…": piece = "..."
            default: piece = String(scalar)
            }
            if scalar.properties.isWhitespace {
                space = true
                continue
            }
            if space && !out.isEmpty { out += " " }
            space = false
            out += piece
            piece = ""
        }
        return out
    }

    static func bodyParagraphs(_ text: String, layout: TextLayout) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let skip = layout.nonBodyLines
        return lines.enumerated().filter { !skip.contains($0.offset + 1) && !$0.element.allSatisfy(\.isWhitespace) }
            .map { normalise($0.element) }
    }

    static func count(_ needle: String, in haystack: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        var n = 0
        var range = haystack.startIndex..<haystack.endIndex
        while let found = haystack.range(of: needle, range: range) {
            n += 1
            range = haystack.index(after: found.lowerBound)..<haystack.endIndex
        }
        return n
    }

    /// Problems a validator would report as errors for this draft, as messages.
    static func errors(in model: ArticleModel, text: String) -> [String] {
        let paragraphs = bodyParagraphs(text, layout: model.layout)
        var problems: [String] = []
        var excerpts: [(String, String)] = model.allClaims.map { ($0.id, $0.excerpt) }
        excerpts += model.statistics.map { ($0.id, $0.excerpt) } + model.quotes.map { ($0.id, $0.excerpt) }
        excerpts += model.events.map { ($0.id, $0.excerpt) } + model.evidence.map { ($0.id, $0.excerpt) }
        for (id, excerpt) in excerpts {
            let n = paragraphs.map { count(normalise(excerpt), in: $0) }.reduce(0, +)
            if n != 1 { problems.append("\(id): excerpt “\(excerpt)” found \(n) times") }
        }
        for v in model.vocabulary where !paragraphs.contains(where: { $0.contains(normalise(v.excerpt)) }) {
            problems.append("\(v.id): term not found")
        }
        var ids: [String] = model.allClaims.map(\.id) + model.statistics.map(\.id) + model.quotes.map(\.id)
        ids += model.events.map(\.id) + model.entities.map(\.id) + model.vocabulary.map(\.id)
        let duplicates = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys
        problems += duplicates.sorted().map { "duplicate id \($0)" }
        let people = Set(model.people.map(\.id))
        for q in model.quotes where q.speaker != "author" && !people.contains(q.speaker) { problems.append("\(q.id): speaker \(q.speaker) is not a person") }
        for c in model.allClaims where c.assertedBy != "author" && !people.contains(c.assertedBy) {
            problems.append("\(c.id): asserted by unknown \(c.assertedBy)")
        }
        let places = Set(model.places.map(\.id))
        for e in model.events {
            for p in e.people where !people.contains(p) { problems.append("\(e.id): unknown person \(p)") }
            for p in e.places where !places.contains(p) { problems.append("\(e.id): unknown place \(p)") }
            if e.basis == .resolved && (e.phrase ?? "").isEmpty { problems.append("\(e.id): resolved without phrase") }
        }
        for s in model.statistics {
            if s.isPercent && (s.value.minimum < 0 || (s.value.maximum ?? 0) > 100) { problems.append("\(s.id): percent out of range") }
            if let hi = s.value.maximum, hi < s.value.minimum { problems.append("\(s.id): min > max") }
        }
        var texts: [(String, String)] = [("summary", model.summary), ("title", model.metadata.title), ("outlet", model.metadata.outlet)]
        texts += model.allClaims.map { ($0.id, $0.text) } + model.statistics.flatMap { [($0.id, $0.measures), ($0.id, $0.unit), ($0.id, $0.asWritten)] }
        texts += model.quotes.map { ($0.id, $0.text) } + model.entities.flatMap { [($0.id, $0.name), ($0.id, $0.role)] }
        texts += model.events.map { ($0.id, $0.description) } + model.vocabulary.flatMap { [($0.id, $0.definition), ($0.id, $0.term)] }
        problems += texts.filter { $0.1.allSatisfy(\.isWhitespace) }.map { "\($0.0): empty text" }
        return problems
    }
}

/// A hand-made list of what a careful reader finds in an article, and how much of it a draft recovers.
struct Expectations {
    struct Item { var kind: String; var fields: [String] }
    var items: [Item]

    init(_ text: String) {
        items = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }.map { line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return Item(kind: parts[0], fields: Array(parts.dropFirst()))
        }
    }

    func of(_ kind: String) -> [Item] { items.filter { $0.kind == kind } }

    /// Where `words` stand in the body: paragraph and character range in the normalised paragraph.
    static func locate(_ words: String, in paragraphs: [String]) -> (Int, Range<Int>)? {
        let needle = ExcerptRule.normalise(words)
        for (k, p) in paragraphs.enumerated() {
            if let r = p.range(of: needle) {
                return (k, p.distance(from: p.startIndex, to: r.lowerBound)..<p.distance(from: p.startIndex, to: r.upperBound))
            }
        }
        return nil
    }

    static func overlaps(_ excerpt: String, _ locator: String, in paragraphs: [String]) -> Bool {
        guard let (p1, r1) = locate(excerpt, in: paragraphs), let (p2, r2) = locate(locator, in: paragraphs) else { return false }
        return p1 == p2 && r1.overlaps(r2)
    }

    static func value(_ text: String) -> StatValue? {
        if text.hasSuffix("+"), let lo = Double(text.dropLast()) { return .range(min: lo, max: nil) }
        let parts = text.split(separator: "-")
        if parts.count == 2, let lo = Double(parts[0]), let hi = Double(parts[1]) { return .range(min: lo, max: hi) }
        return Double(text).map { .exact($0) }
    }

    /// Share of expected figures found: same value, excerpt overlapping the locator.
    func figureRecall(_ m: ArticleModel, paragraphs: [String]) -> (Double, [String]) {
        recall(of("figure")) { e in
            m.statistics.contains { s in
                s.value == Expectations.value(e.fields[1]) && Expectations.overlaps(s.excerpt, e.fields[2], in: paragraphs)
            }
        }
    }

    func dateRecall(_ m: ArticleModel, paragraphs: [String]) -> (Double, [String]) {
        recall(of("date")) { e in
            m.events.contains { $0.date.iso == e.fields[0] && Expectations.overlaps($0.excerpt, e.fields[1], in: paragraphs) }
        }
    }

    func quoteRecall(_ m: ArticleModel) -> (Double, [String]) {
        recall(of("quote")) { e in m.quotes.contains { $0.text.contains(e.fields[0]) } }
    }

    /// Quotes whose speaker's names include the expected one.
    func attributionErrors(_ m: ArticleModel) -> [String] {
        of("quote").compactMap { e in
            guard let q = m.quotes.first(where: { $0.text.contains(e.fields[0]) }) else { return nil }
            let names = m.people.first { $0.id == q.speaker }?.allNames ?? []
            return names.contains { $0.contains(e.fields[1]) } ? nil : "“\(e.fields[0])” attributed to \(q.speaker), expected \(e.fields[1])"
        }
    }

    func entityRecall(_ m: ArticleModel) -> (Double, [String]) {
        let expected = of("person") + of("organization") + of("place")
        return recall(expected) { e in
            let pool = e.kind == "person" ? m.people : e.kind == "organization" ? m.organizations : m.places
            let want = e.fields[0].lowercased()
            return pool.contains { $0.allNames.contains { $0.lowercased() == want || $0.lowercased().contains(want) } }
        }
    }

    private func recall(_ items: [Item], _ found: (Item) -> Bool) -> (Double, [String]) {
        guard !items.isEmpty else { return (1, []) }
        let missed = items.filter { !found($0) }
        return (Double(items.count - missed.count) / Double(items.count), missed.map { $0.fields.joined(separator: " | ") })
    }
}
