import PacketModel

/// The thesis and claims in argument order: each claim below the claim it bears on, with its
/// depth, so the map reads as a tree.
struct ArgumentStructure {
    struct Row {
        var claim: Claim
        var depth: Int
    }

    let rows: [Row]

    init(_ model: ArticleModel) {
        let claimIDs = Set(model.allClaims.map(\.id))
        var children: [String: [String]] = [:]
        for relation in model.relations where claimIDs.contains(relation.from) && claimIDs.contains(relation.to) {
            if children[relation.to]?.contains(relation.from) != true { children[relation.to, default: []].append(relation.from) }
        }
        var visited: Set<String> = []
        var rows: [Row] = []
        func visit(_ id: String, depth: Int) {
            guard !visited.contains(id), let claim = model.claim(id) else { return }
            visited.insert(id)
            rows.append(Row(claim: claim, depth: depth))
            // Children in model order, so the layout does not depend on relation order.
            let kids = (children[id] ?? []).sorted { order(of: $0, in: model) < order(of: $1, in: model) }
            for kid in kids { visit(kid, depth: depth + 1) }
        }
        visit(model.thesis.id, depth: 0)
        for claim in model.claims where !visited.contains(claim.id) { visit(claim.id, depth: 1) }
        self.rows = rows
    }
}

/// A claim's position in the model, for a stable order of siblings.
private func order(of id: String, in model: ArticleModel) -> Int {
    model.allClaims.firstIndex { $0.id == id } ?? Int.max
}
