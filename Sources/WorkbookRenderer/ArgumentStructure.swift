import PacketModel

/// The thesis and claims in argument order: each claim below the claim it bears on, with its
/// depth, so the map reads as a tree. Made once per workbook, in time linear in the claims and
/// relations (and n log n for sorting siblings): every lookup is by dictionary.
struct ArgumentStructure {
    struct Row {
        var claim: Claim
        var depth: Int
    }

    let rows: [Row]
    /// Each claim's index in ``rows``.
    let rowIndex: [String: Int]

    init(_ model: ArticleModel) {
        let claims = model.allClaims
        var position: [String: Int] = [:]   // a claim's place in the model, for a stable order of siblings
        for (index, claim) in claims.enumerated() where position[claim.id] == nil { position[claim.id] = index }
        var children: [String: [String]] = [:]
        var linked: Set<[String]> = []
        for relation in model.relations where position[relation.from] != nil && position[relation.to] != nil {
            if linked.insert([relation.to, relation.from]).inserted { children[relation.to, default: []].append(relation.from) }
        }
        // Children in model order, so the layout does not depend on relation order.
        for (id, kids) in children { children[id] = kids.sorted { position[$0, default: .max] < position[$1, default: .max] } }

        var visited: Set<String> = []
        var rows: [Row] = []
        // Depth first, each claim under the first claim that reaches it; a stack rather than
        // recursion, so a long chain of claims cannot overflow the call stack.
        func visit(_ root: String, depth: Int) {
            var pending = [(root, depth)]
            while let (id, depth) = pending.popLast() {
                guard !visited.contains(id), let index = position[id] else { continue }
                visited.insert(id)
                rows.append(Row(claim: claims[index], depth: depth))
                for kid in (children[id] ?? []).reversed() { pending.append((kid, depth + 1)) }
            }
        }
        visit(model.thesis.id, depth: 0)
        for claim in model.claims where !visited.contains(claim.id) { visit(claim.id, depth: 1) }
        self.rows = rows
        var rowIndex: [String: Int] = [:]
        for (index, row) in rows.enumerated() where rowIndex[row.claim.id] == nil { rowIndex[row.claim.id] = index }
        self.rowIndex = rowIndex
    }
}
