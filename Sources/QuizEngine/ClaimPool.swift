import PacketModel

/// Wrong answers for "which claim…?" items. In a tightly argued article nearly every claim of the
/// main line supports the others loosely, so a wrong answer about a claim of the main line comes
/// from outside it (the opening, the points around the main argument), arguable claims before
/// plain facts, and the opposing view last; about a claim outside the main line, from the main
/// line. A claim the answer's own chain reaches is never offered, nor one that supports a claim
/// that chain reaches (a sibling, which a reader could fairly link to it).
///
/// Built once per audience: every such item filters the same claims, so each is a number here,
/// with its wording, its kind and the claims it supports worked out in advance.
struct ClaimPool {
    /// A number for every claim id the pool speaks of (candidates and what they support).
    private let number: [String: Int]
    /// The candidates (the visible claims but the thesis), in model order: each one's number and wording.
    private let members: [(number: Int, wording: Distractors.Candidate, isFact: Bool, inMainLine: Bool, inCounterargument: Bool)]
    /// The numbers of the claims member `i` supports directly: `targets[targetStart[i]..<targetStart[i + 1]]`.
    private let targets: [Int]
    private let targetStart: [Int]
    private let mainLine: Set<String>
    private let counterargument: Set<String>

    init(_ context: QuizContext) {
        let graph = context.graph, thesis = context.model.thesis.id
        mainLine = context.mainLine
        counterargument = graph.counterargumentClusters
        var number: [String: Int] = [:]
        func numbered(_ id: String) -> Int {
            if let known = number[id] { return known }
            number[id] = number.count
            return number.count - 1
        }
        var members: [(number: Int, wording: Distractors.Candidate, isFact: Bool, inMainLine: Bool, inCounterargument: Bool)] = []
        var targets: [Int] = [], targetStart: [Int] = [0]
        for claim in context.claims where claim.id != thesis {
            members.append((numbered(claim.id), context.candidate(claim), claim.kind == .fact,
                            mainLine.contains(claim.id), counterargument.contains(claim.id)))
            targets += graph.directTargets(of: claim.id).map(numbered)
            targetStart.append(targets.count)
        }
        self.number = number
        self.members = members
        self.targets = targets
        self.targetStart = targetStart
    }

    /// The wrong answers about `subject`, best tier first: arguable claims and plain facts from the
    /// other side of the main line, then opposing views. None is in `excluding`, none supports a
    /// claim in it (but `subject`), and none is `subject`.
    func tiers(about subject: String, excluding: Set<String>) -> [[Distractors.Candidate]] {
        var excluded = [Bool](repeating: false, count: number.count)
        for id in excluding { if let n = number[id] { excluded[n] = true } }
        let subjectNumber = number[subject] ?? -1
        let inMainLine = mainLine.contains(subject)
        let subjectInCounterargument = counterargument.contains(subject)
        var arguable: [Distractors.Candidate] = [], facts: [Distractors.Candidate] = [], views: [Distractors.Candidate] = []
        for (i, member) in members.enumerated() where member.number != subjectNumber && !excluded[member.number] {
            guard !targets[targetStart[i]..<targetStart[i + 1]].contains(where: { excluded[$0] && $0 != subjectNumber }) else { continue }
            if member.inCounterargument {
                if !subjectInCounterargument { views.append(member.wording) }
            } else if member.inMainLine != inMainLine {
                if member.isFact { facts.append(member.wording) } else { arguable.append(member.wording) }
            }
        }
        return [arguable, facts, views]
    }
}
