import PacketModel
import PlainText

/// A list of the briefing that `briefing.limits` caps, in the order the fitting gives entries up
/// when two lists are equally long: the lowest-ranked first (numbers before evidence before claims).
enum BriefingList: String, CaseIterable, Sendable {
    case numbers, evidence, vocabulary, people, questions, watchFor = "watch_for", implications, counterarguments, claims

    /// The fewest entries the fitting leaves in the list (the briefing's minimal lists).
    var minimum: Int {
        switch self {
        case .claims: 2
        case .vocabulary, .people: 3
        default: 1
        }
    }

    /// How the manifest note names the list's entries.
    var noun: String {
        switch self {
        case .numbers: "numbers"
        case .evidence: "pieces of evidence per main point"
        case .vocabulary: "key words"
        case .people: "people"
        case .questions: "questions of each kind"
        case .watchFor: "things to watch for"
        case .implications: "implications"
        case .counterarguments: "counterarguments"
        case .claims: "main points"
        }
    }

    var limit: WritableKeyPath<BriefingLimits, Int?> {
        switch self {
        case .numbers: \.numbers
        case .evidence: \.evidence
        case .vocabulary: \.vocabulary
        case .people: \.people
        case .questions: \.questions
        case .watchFor: \.watchFor
        case .implications: \.implications
        case .counterarguments: \.counterarguments
        case .claims: \.claims
        }
    }
}

extension BriefingContext {
    /// How many entries each list shows under the audience's limits (the longest, for the lists
    /// shown once per main point or per question kind).
    var shownCounts: [BriefingList: Int] {
        let limits = audience.briefingLimits
        let lines = outline.mainLines(limit: limits.claims, in: article)
        let questions = [AuthoredQuestion.Kind.discussion, .essay].map { kind in
            article.questions.filter { $0.kind == kind }.limited(to: limits.questions).count
        }
        return [
            .numbers: ArgumentOutline.keyStatistics(article, outline: outline, limit: limits.numbers).count,
            .evidence: lines.map { $0.evidence.limited(to: limits.evidence).count }.max() ?? 0,
            .vocabulary: keyVocabulary.count,
            .people: keyPeople.count,
            .questions: questions.max() ?? 0,
            .watchFor: article.watchFor.limited(to: limits.watchFor).count,
            .implications: article.implications.limited(to: limits.implications).count,
            .counterarguments: outline.counterarguments.limited(to: limits.counterarguments).count,
            .claims: lines.count,
        ]
    }
}

/// A briefing fitted to its audience's budget: rendered with the audience's `briefing.limits`
/// and, while it is over budget, rendered again with one entry fewer in the longest list that is
/// still above its minimum (ties go to the lowest-ranked list, see ``BriefingList``). Within budget
/// at the audience's own limits, nothing changes.
struct FittedBriefing {
    /// The rendering (one paragraph or list item per line) and its wrapped text.
    var rendered = ""
    var text = ""
    var lines = 0
    /// The audience with the limits the briefing was last rendered with.
    var audience: Audience
    /// For each list shortened: how many entries the audience's limits showed and how many are left.
    var trimmed: [(list: BriefingList, from: Int, to: Int)] = []
    /// The problem when even the minimal lists are over budget; nil within budget.
    var problem: Diagnostic?

    init(article: ArticleModel, audience original: Audience) throws {
        audience = original
        var first: [BriefingList: Int]?
        // Lists the templates do not show: shortening them leaves the briefing as it was.
        var unshown: Set<BriefingList> = []
        var step: (list: BriefingList, limit: Int?, before: String)?
        while true {
            let candidate = try BriefingRenderer.rendered(article: article, audience: audience)
            if let last = step, candidate == last.before {
                unshown.insert(last.list)
                audience.briefingLimits[keyPath: last.list.limit] = last.limit
            } else {
                rendered = candidate
                text = TextReflow(width: audience.lineWidth)(rendered)
                lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
                problem = BriefingRenderer.overBudget(rendered: rendered, lines: lines, audience: original)
                guard problem != nil else { break }
            }
            let counts = BriefingContext(article: article, audience: audience).shownCounts
            if first == nil { first = counts }
            let candidates = BriefingList.allCases.filter { !unshown.contains($0) && (counts[$0] ?? 0) > $0.minimum }
            guard let list = candidates.max(by: { (counts[$0] ?? 0) < (counts[$1] ?? 0) }) else { break }
            step = (list, audience.briefingLimits[keyPath: list.limit], rendered)
            audience.briefingLimits[keyPath: list.limit] = (counts[list] ?? 0) - 1
        }
        guard let first else { return }
        let last = BriefingContext(article: article, audience: audience).shownCounts
        trimmed = BriefingList.allCases.filter { !unshown.contains($0) }.compactMap { list in
            let from = first[list] ?? 0, to = last[list] ?? 0
            return to < from ? (list, from, to) : nil
        }
    }

    /// The manifest note saying what the fitting left out; nil when nothing was.
    var note: String? {
        guard problem == nil, !trimmed.isEmpty else { return nil }
        let budget = [audience.briefingBudget?.maxWords.map { "\($0) words" },
                      audience.briefingBudget?.maxLines.map { "\($0) lines" }].compactMap(\.self).joined(separator: " and ")
        return "\(BriefingRenderer.path): shortened to fit its budget of \(budget): left out "
            + trimmed.map { "\($0.from - $0.to) of \($0.from) \($0.list.noun)" }.joined(separator: ", ")
            + " (the lowest-ranked entries; briefing.limits shows more when the budget allows)"
    }
}
