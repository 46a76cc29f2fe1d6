import PacketModel
import Testing
@testable import QuizEngine

/// The oracle and the value parser look things up by index instead of scanning the model for
/// every option (a 1,000-claim article took minutes). They must answer exactly as the scans did:
/// the scans are kept here as the reference.
@Suite("Indexed lookups answer as the scans did")
struct IndexedLookupTests {
    /// `TruthOracle.supports` as it was: every relation and every evidence scanned per question.
    static func referenceSupports(_ summary: String, claim: Claim, in model: ArticleModel) -> Bool {
        var targets: Set<String> = [claim.id]
        var frontier = [claim.id]
        while let next = frontier.popLast() {
            for r in model.relations where r.type == .supports && r.to == next && !targets.contains(r.from) {
                targets.insert(r.from)
                frontier.append(r.from)
            }
        }
        return model.evidence.contains { e in
            TextNormal.same(e.summary, summary) && (!targets.isDisjoint(with: e.supports)
                || model.relations.contains { $0.from == e.id && targets.contains($0.to) && $0.type == .supports })
        }
    }

    /// A model whose evidence also supports claims through relations, in chains, with a repeated summary.
    static var model: ArticleModel {
        var model = FixtureArticle.model
        model.relations += [
            Relation(from: model.claims[1].id, to: model.claims[0].id, type: .supports),
            Relation(from: model.evidence[0].id, to: model.claims[1].id, type: .supports),
            Relation(from: model.evidence[1].id, to: model.claims[0].id, type: .attacks),
        ]
        model.evidence[2].summary = model.evidence[0].summary.uppercased() + "!"
        return model
    }

    @Test("supports(_:claim:) agrees with a scan of the whole model, for every summary and claim")
    func supportsMatchesScan() {
        let model = Self.model
        let oracle = TruthOracle(model: model)
        let summaries = model.evidence.map(\.summary) + ["Something the model never says.", ""]
        var checked = 0
        for claim in model.allClaims {
            for summary in summaries {
                let expected = Self.referenceSupports(summary, claim: claim, in: model)
                #expect(oracle.supports(summary, claim: claim) == expected, "\(claim.id): \(summary)")
                if expected { checked += 1 }
            }
        }
        #expect(checked > 3, "the model should make some summaries true")
    }

    /// `ValueText.parseNumber` and `isAscending` as they were.
    static func referenceNumber(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t.removeLast() }
        t = t.replacingOccurrences(of: ",", with: "")
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
        return Double(t)
    }

    static let values = ["12", " 1,204 ", "18%", "-3.5", "3.", "1e5", "12 000", "\u{2002}7\u{2002}", "July 2016", "2016",
                         "July 9, 2016", "ten", "", "  ", "%", "4,5,6", "--1", "1-2", "₂3", "１２", "Nine percent", "0.5 %"]

    @Test("parseNumber and isAscending give what they gave before the fast paths", arguments: values)
    func numbers(_ text: String) {
        #expect(ValueText.parseNumber(text) == Self.referenceNumber(text))
    }

    @Test("isAscending settles at the first option that is no number or date, as before")
    func ascending() {
        let cases: [[String]] = [["1", "2", "3"], ["2016", "July 2017", "March 3, 2018"], ["3", "2"], ["1", "x", "3"],
                                 ["x", "1"], ["1"], [], ["1", "1"], ["5%", "10%", "1,000"]]
        for options in cases {
            let keys = options.compactMap(ValueText.sortKey)
            let expected = keys.count == options.count && keys.count > 1 && zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
            #expect(ValueText.isAscending(options) == expected, "\(options)")
        }
    }
}
