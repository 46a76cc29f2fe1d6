import PacketModel
import Testing
@testable import WorkbookRenderer

/// The argument map's tree: each claim under the first claim that reaches it, siblings in model
/// order, every claim once; made with dictionaries, so its time grows with the claims, not their square.
@Suite("The argument map's tree")
struct ArgumentStructureTests {
    static func claim(_ id: String) -> Claim { Claim(id: id, text: "Claim \(id).", kind: .opinion, excerpt: "x") }

    static func model(claims: [String], relations: [Relation]) -> ArticleModel {
        var model = ArticleFixture.lean
        model.thesis = claim("thesis")
        model.claims = claims.map(claim)
        model.relations = relations
        model.evidence = []
        return model
    }

    @Test("claims sit under the claim they bear on, siblings in model order, unlinked claims last; repeats and cycles count once")
    func order() {
        let model = Self.model(claims: ["a", "b", "c", "d", "e", "f"], relations: [
            Relation(from: "c", to: "thesis", type: .supports),
            Relation(from: "a", to: "thesis", type: .attacks),
            Relation(from: "b", to: "a", type: .rebuts),
            Relation(from: "b", to: "a", type: .supports),
            Relation(from: "a", to: "b", type: .attacks),
            Relation(from: "d", to: "c", type: .supports),
            Relation(from: "x-evidence", to: "c", type: .supports),
            Relation(from: "f", to: "e", type: .supports),
        ])
        let structure = ArgumentStructure(model)
        #expect(structure.rows.map { "\($0.claim.id):\($0.depth)" } == ["thesis:0", "a:1", "b:2", "c:1", "d:2", "e:1", "f:2"])
        #expect(structure.rowIndex == ["thesis": 0, "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6])
    }

    @Test("a chain of 20,000 claims, each bearing on the one before, is one deep branch (no recursion to overflow)")
    func longChain() {
        let ids = (0..<20_000).map { "c\($0)" }
        let relations = ids.indices.map { Relation(from: ids[$0], to: $0 == 0 ? "thesis" : ids[$0 - 1], type: .supports) }
        let structure = ArgumentStructure(Self.model(claims: ids, relations: relations))
        #expect(structure.rows.count == 20_001)
        #expect(structure.rows.last?.depth == 20_000)
        #expect(structure.rowIndex["c19999"] == 20_000)
    }
}
