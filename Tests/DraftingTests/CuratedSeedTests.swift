import Foundation
import Testing
import PacketModel
import PacketLoading
@testable import Drafting

/// Compares the draft of the seed with the curated model written by an editor
/// (seeds/isis-after-mosul/model.yaml): items match when their excerpts overlap in the article.
private struct Comparison {
    let draft: ArticleModel
    let curated: ArticleModel
    let paragraphs: [String]

    init() throws {
        let folder = Fixture.seedArticle.deletingLastPathComponent()
        curated = try ArticleLoader.load(folder: folder).get()
        let text = try Fixture.seed()
        // The text prints no date: the editor passes the publication date, as `packet draft --published` does,
        // so that "last year" and "July 9" can be dated.
        draft = try Drafter.draft(text: text, options: DraftOptions(id: "isis-after-mosul", published: curated.metadata.published.date)).model
        paragraphs = ExcerptRule.bodyParagraphs(text, layout: curated.layout)
    }

    func overlaps(_ a: String, _ b: String) -> Bool { Expectations.overlaps(a, b, in: paragraphs) }

    static func agree(_ a: StatValue, _ b: StatValue) -> Bool {
        a.minimum <= (b.maximum ?? .infinity) && b.minimum <= (a.maximum ?? .infinity)
    }

    static func sameName(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String { s.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "’", with: "'") }
        let (x, y) = (norm(a), norm(b))
        return x == y || (x.contains(y) && y.count * 2 >= x.count) || (y.contains(x) && x.count * 2 >= y.count)
    }

    func person(_ id: String, in model: ArticleModel) -> [String] {
        id == "author" ? ["author"] : model.people.first { $0.id == id }?.allNames ?? []
    }

    /// Same speaker: the same id, or names sharing their last word and one more word.
    func sameSpeaker(_ drafted: String, _ curatedId: String) -> Bool {
        if drafted == curatedId { return true }
        let mine = person(drafted, in: draft).map { Set($0.split(separator: " ").map { $0.lowercased() }) }
        let theirs = person(curatedId, in: curated).map { Set($0.split(separator: " ").map { $0.lowercased() }) }
        return mine.contains { m in theirs.contains { $0.intersection(m).count >= 2 } }
    }

    /// Dates that agree to the precision of the less precise one (the text's "last year" is 2016; the
    /// editor, knowing Bastille Day, wrote 2016-07-14).
    static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        a.iso.hasPrefix(b.iso) || b.iso.hasPrefix(a.iso)
    }

    /// Events a reader can date from the text alone (a printed date or a relative phrase), not from
    /// world knowledge ("like Stalingrad").
    var textDatable: [TimelineEvent] {
        curated.events.filter { e in
            let phrase = (e.phrase ?? "").lowercased()
            return e.basis == .stated || ["last ", "this year", "ago", "years after", "9/11"].contains { phrase.contains($0) }
        }
    }
}

private func ratio(_ found: Int, _ total: Int) -> Double { total == 0 ? 1 : Double(found) / Double(total) }
private func show(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

@Test("Against the curated seed model the draft recovers at least 90% of figures, text-datable events and direct quotes, 80% of names, and names every quote's speaker correctly")
func curatedSeedRecall() throws {
    let c = try Comparison()
    let figures = c.curated.statistics.filter { s in c.draft.statistics.contains { c.overlaps($0.excerpt, s.excerpt) && Comparison.agree($0.value, s.value) } }
    let datable = c.textDatable
    let events = datable.filter { e in c.draft.events.contains { Comparison.compatible($0.date, e.date) && c.overlaps($0.excerpt, e.excerpt) } }
    let allEvents = c.curated.events.filter { e in c.draft.events.contains { Comparison.compatible($0.date, e.date) && c.overlaps($0.excerpt, e.excerpt) } }
    let direct = c.curated.quotes.filter { $0.mode == .direct }
    let quotes = direct.filter { q in c.draft.quotes.contains { c.overlaps($0.excerpt, q.excerpt) } }
    let wrongSpeakers = quotes.filter { q in
        !c.draft.quotes.contains { c.overlaps($0.excerpt, q.excerpt) && c.sameSpeaker($0.speaker, q.speaker) }
    }
    let kinds: [(EntityKind, [Entity], [Entity])] = [(.person, c.curated.people, c.draft.people),
                                                      (.organization, c.curated.organizations, c.draft.organizations),
                                                      (.place, c.curated.places, c.draft.places)]
    var named = 0, total = 0
    var missedNames: [String] = []
    for (_, theirs, mine) in kinds {
        for e in theirs {
            total += 1
            if mine.contains(where: { m in m.allNames.contains { n in e.allNames.contains { Comparison.sameName(n, $0) } } }) {
                named += 1
            } else {
                missedNames.append(e.name)
            }
        }
    }
    print("""
        [curated seed] figures \(figures.count)/\(c.curated.statistics.count) = \(show(ratio(figures.count, c.curated.statistics.count))); \
        text-datable events \(events.count)/\(datable.count) = \(show(ratio(events.count, datable.count))) \
        (all events \(allEvents.count)/\(c.curated.events.count)); direct quotes \(quotes.count)/\(direct.count) \
        (all quotes \(quotes.count)/\(c.curated.quotes.count)); names \(named)/\(total) = \(show(ratio(named, total))); \
        wrong speakers \(wrongSpeakers.map(\.id))
        """)
    print("  missed figures: \(c.curated.statistics.filter { s in !figures.contains { $0.id == s.id } }.map(\.asWritten))")
    print("  missed events: \(datable.filter { e in !events.contains { $0.id == e.id } }.map(\.id))")
    print("  missed names: \(missedNames)")
    #expect(ratio(figures.count, c.curated.statistics.count) >= 0.9)
    #expect(ratio(events.count, datable.count) >= 0.9)
    #expect(ratio(quotes.count, direct.count) >= 0.9)
    #expect(ratio(named, total) >= 0.8)
    #expect(wrongSpeakers.isEmpty)
}
