import Foundation
import Testing
import PacketModel
@testable import Drafting

@Test("dump the seed draft")
func dumpSeed() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds/isis-after-mosul/article.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let d = try Drafter.draft(text: text, options: DraftOptions(id: "isis"))
    let m = d.model
    print("LAYOUT", m.layout, m.metadata.published, m.metadata.genre, m.metadata.advisory)
    print("THESIS", m.thesis.kind, m.thesis.text, "|", m.thesis.excerpt)
    for c in m.claims { print("CLAIM", c.id, c.kind, c.hedge ?? "-", "|", c.excerpt) }
    for s in m.statistics { print("STAT", s.id, s.value, s.unit, s.asWritten, s.approximate, "|", s.measures, "|", s.excerpt, s.period.map { "\($0)" } ?? "", s.source ?? "") }
    for e in m.events { print("EVENT", e.id, e.date, e.basis, e.phrase ?? "", "|", e.description, "|", e.excerpt, e.people, e.places) }
    for q in m.quotes { print("QUOTE", q.id, q.speaker, q.role ?? "", "|", q.text, "|", q.excerpt, "|", q.context ?? "") }
    for e in m.people + m.organizations + m.places { print("ENT", e.kind, e.id, e.name, e.aliases, "|", e.role) }
    for v in m.vocabulary { print("VOC", v.term, v.partOfSpeech, v.tier) }
    print("GLOSS", d.glossaryCandidates)
    for n in d.notes { print("NOTE", n) }
}
