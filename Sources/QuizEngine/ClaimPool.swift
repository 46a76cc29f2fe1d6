import PacketModel

/// Wrong answers for "which claim…?" items. In a tightly argued article nearly every claim of the
/// main line supports the others loosely, so a wrong answer about a claim of the main line comes
/// from outside it (the opening, the points around the main argument), arguable claims before
/// plain facts, and the opposing view last; about a claim outside the main line, from the main
/// line. A claim the answer's own chain reaches is never offered, nor one that supports a claim
/// that chain reaches (a sibling, which a reader could fairly link to it).
enum ClaimPool {
    static func tiers(_ context: QuizContext, about subject: String, excluding: Set<String>) -> [[String]] {
        let graph = context.graph
        let thesis = context.model.thesis.id
        let tree = context.mainLine
        let counter = graph.counterargumentClusters
        let candidates = context.claims.filter { claim in
            !excluding.contains(claim.id) && claim.id != thesis && claim.id != subject
                && graph.directTargets(of: claim.id).allSatisfy { !excluding.contains($0) || $0 == subject }
        }
        let inMainLine = tree.contains(subject)
        let pool = candidates.filter { !counter.contains($0.id) && tree.contains($0.id) != inMainLine }
        let arguable = pool.filter { $0.kind != .fact }, facts = pool.filter { $0.kind == .fact }
        let views = candidates.filter { counter.contains($0.id) && !counter.contains(subject) }
        return [arguable, facts, views].map { $0.map(context.wording) }
    }
}
