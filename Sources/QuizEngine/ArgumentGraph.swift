import PacketModel

/// The model's argument as a graph: which claim or evidence supports which claim, and which
/// claims raise or answer a counterargument. Items that ask how the argument is built are keyed
/// from here, so an answer never contradicts the model's relations.
final class ArgumentGraph {
    let model: ArticleModel
    /// Claims each claim or evidence id supports directly (`relations` of type `supports`, and
    /// evidence's `supports`).
    private let supportsDirectly: [String: [String]]
    /// Ids that support each claim directly.
    private let supporters: [String: [String]]
    /// Every opposing view, what supports it and the author's answers to it.
    private(set) var counterargumentClusters: Set<String> = []
    /// Claims that raise a counterargument, in model order (made once: asked for every option).
    private let counterargumentList: [String]
    /// The claims that raise a counterargument, as a set (asked for every option).
    let raisesCounterargument: Set<String>
    /// The claims that answer each counterargument, in model order.
    private let rebuttalsOf: [String: [String]]
    /// The claims each counterargument argues against (`attacks`), in model order.
    private let attackedBy: [String: [String]]
    /// The counterarguments that argue against each claim.
    private let attackersOf: [String: [String]]
    /// Claims that raise (`attacks`) or answer (`rebuts`) a counterargument.
    private let sideClaims: Set<String>
    /// The main claim of each paragraph that has one (see ``mainClaim(ofParagraph:)``), found once.
    private var mainClaims: [Int: String] = [:]

    init(model: ArticleModel) {
        self.model = model
        var forward: [String: [String]] = [:], backward: [String: [String]] = [:]
        func link(_ from: String, _ to: String) {
            if !(forward[from] ?? []).contains(to) { forward[from, default: []].append(to) }
            if !(backward[to] ?? []).contains(from) { backward[to, default: []].append(from) }
        }
        for relation in model.relations where relation.type == .supports { link(relation.from, relation.to) }
        for evidence in model.evidence {
            for claim in evidence.supports { link(evidence.id, claim) }
        }
        supportsDirectly = forward
        supporters = backward
        var attackers: [String] = [], seenAttackers: Set<String> = []
        var answers: [String: [String]] = [:], side: Set<String> = []
        var attackedBy: [String: [String]] = [:], attackersOf: [String: [String]] = [:]
        for relation in model.relations {
            if relation.type == .attacks || relation.type == .rebuts { side.insert(relation.from) }
            if relation.type == .attacks {
                attackedBy[relation.from, default: []].append(relation.to)
                attackersOf[relation.to, default: []].append(relation.from)
            }
            if relation.type == .attacks, seenAttackers.insert(relation.from).inserted { attackers.append(relation.from) }
            if relation.type == .rebuts, !(answers[relation.to] ?? []).contains(relation.from) {
                answers[relation.to, default: []].append(relation.from)
            }
        }
        counterargumentList = attackers
        raisesCounterargument = Set(attackers)
        rebuttalsOf = answers
        sideClaims = side
        self.attackedBy = attackedBy
        self.attackersOf = attackersOf
        counterargumentClusters = clusters()
        mainClaims = findMainClaims()
    }

    /// The claims `id` supports directly.
    func directTargets(of id: String) -> [String] { supportsDirectly[id] ?? [] }

    /// The claims and evidence that support claim `id` directly.
    func directSupporters(of id: String) -> [String] { supporters[id] ?? [] }

    /// Every claim `id` supports, directly or through a chain of supporting claims.
    func supported(by id: String) -> Set<String> {
        var found: Set<String> = []
        var frontier = [id]
        while let next = frontier.popLast() {
            for target in supportsDirectly[next] ?? [] where found.insert(target).inserted { frontier.append(target) }
        }
        return found
    }

    /// Every claim and piece of evidence that supports claim `id`, directly or in a chain.
    func supportTree(of id: String) -> Set<String> {
        var found: Set<String> = []
        var frontier = [id]
        while let next = frontier.popLast() {
            for source in supporters[next] ?? [] where found.insert(source).inserted { frontier.append(source) }
        }
        return found
    }

    /// Claims that raise a counterargument (`attacks`), in model order.
    var counterarguments: [String] { counterargumentList }

    /// The claims counterargument `id` argues against (`attacks`), in model order.
    func attacked(by id: String) -> [String] { attackedBy[id] ?? [] }

    /// The counterarguments that argue against claim `id`.
    func attackers(of id: String) -> [String] { attackersOf[id] ?? [] }

    /// The claims that answer counterargument `id` (`rebuts`).
    func rebuttals(of id: String) -> [String] { rebuttalsOf[id] ?? [] }

    private func clusters() -> Set<String> {
        var ids: Set<String> = []
        for view in counterarguments {
            ids.insert(view)
            ids.formUnion(supportTree(of: view))
            ids.formUnion(rebuttals(of: view))
        }
        return ids
    }

    /// True when the claim raises or answers a counterargument rather than carrying the main line.
    func isCounterargumentOrAnswer(_ id: String) -> Bool { sideClaims.contains(id) }

    /// The claim that states the main idea of paragraph `number`: the one claim located there that
    /// every other claim of the paragraph (counterarguments and answers aside) supports, directly or
    /// through claims of the same paragraph, and that at least one of them supports. `nil` when the
    /// paragraph has no such single point.
    func mainClaim(ofParagraph number: Int) -> String? { mainClaims[number] }

    /// Every paragraph's main claim, each judged among the claims located in it.
    private func findMainClaims() -> [Int: String] {
        var byParagraph: [Int: [String]] = [:]
        for claim in model.allClaims {
            guard let paragraph = claim.location?.paragraph, !isCounterargumentOrAnswer(claim.id) else { continue }
            byParagraph[paragraph, default: []].append(claim.id)
        }
        return byParagraph.compactMapValues(mainClaim(among:))
    }

    private func mainClaim(among here: [String]) -> String? {
        guard here.count >= 2 else { return nil }
        let ids = Set(here)
        let roots = here.filter { id in directTargets(of: id).allSatisfy { !ids.contains($0) } }
        guard roots.count == 1, let root = roots.first else { return nil }
        let local = localSupporters(of: root, within: ids)
        return local.count == ids.count - 1 ? root : nil
    }

    private func localSupporters(of id: String, within ids: Set<String>) -> Set<String> {
        var found: Set<String> = []
        var frontier = [id]
        while let next = frontier.popLast() {
            for source in supporters[next] ?? [] where ids.contains(source) && found.insert(source).inserted {
                frontier.append(source)
            }
        }
        return found
    }

}
