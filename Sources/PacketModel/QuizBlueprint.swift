/// A number of items given as a count (`3`) or as a share of the form (`20%`).
package enum QuizAmount: Codable, Sendable, Hashable, CustomStringConvertible {
    case items(Int)
    case percent(Double)

    /// The least number of items that meets this amount on a form of `count` items (a share is
    /// rounded up: 50% of 15 is 8).
    package func minimum(of count: Int) -> Int {
        switch self {
        case .items(let n): return n
        case .percent(let p): return Int((p * Double(count) / 100 - 1e-9).rounded(.up))
        }
    }

    /// `3` or `50%`.
    package var description: String {
        switch self {
        case .items(let n): return String(n)
        case .percent(let p): return (p == p.rounded() ? String(Int(p)) : String(p)) + "%"
        }
    }
}

/// What every form of an audience's quiz must hold (`quiz.blueprint` in `audience.yaml`): how many
/// items of each skill, how many at Depth of Knowledge 2 and 3 or more, and how many two-part items.
/// The quiz engine meets it or stops the build, naming what the article's model lacks.
package struct QuizBlueprint: Codable, Sendable, Hashable {
    /// Items per skill, as counts or shares of the form; see ``counts(total:)``.
    package var skills: [QuizSkill: QuizAmount]
    /// At least this many items at DOK 2 or more.
    package var atLeastDOK2: QuizAmount
    /// At least this many items at DOK 3 or more.
    package var atLeastDOK3: QuizAmount
    /// Two-part (evidence-based) items per form, exactly.
    package var twoPart: Int

    package init(skills: [QuizSkill: QuizAmount], atLeastDOK2: QuizAmount = .items(0),
                 atLeastDOK3: QuizAmount = .items(0), twoPart: Int = 0) {
        self.skills = skills; self.atLeastDOK2 = atLeastDOK2; self.atLeastDOK3 = atLeastDOK3; self.twoPart = twoPart
    }

    /// Items per skill on a form of `total` items: counts as given; the items left are shared
    /// among the skills given as percentages in proportion to them (largest remainder, ties to the
    /// skill listed first). `nil` when the counts exceed `total`, or when there are no shares and
    /// the counts do not add up to `total`.
    package func counts(total: Int) -> [QuizSkill: Int]? {
        var result: [QuizSkill: Int] = [:]
        var shares: [(QuizSkill, Double)] = []
        for skill in QuizSkill.allCases {
            switch skills[skill] {
            case .items(let n)?: result[skill] = n
            case .percent(let p)?: shares.append((skill, p))
            case nil: break
            }
        }
        let fixed = result.values.reduce(0, +)
        guard fixed <= total else { return nil }
        let left = total - fixed
        if shares.isEmpty { return left == 0 ? result : nil }
        let sum = shares.reduce(0) { $0 + $1.1 }
        guard sum > 0 else { return left == 0 ? result : nil }
        let quotas = shares.map { Double(left) * $0.1 / sum }
        var given = quotas.map { Int($0.rounded(.down)) }
        let ranked = quotas.indices.sorted { (quotas[$1] - Double(given[$1]), $0) < (quotas[$0] - Double(given[$0]), $1) }
        for i in ranked.prefix(left - given.reduce(0, +)) { given[i] += 1 }
        for (i, share) in shares.enumerated() { result[share.0] = given[i] }
        return result
    }

    /// This blueprint for an article that, by its model's own statement, has nothing for `skills`:
    /// their items on a form of `total` are asked as argument structure instead (the nearest skill:
    /// how the article is built, which includes what it leaves out).
    package func excusing(_ skills: [QuizSkill], total: Int) -> QuizBlueprint {
        guard !skills.isEmpty, var counts = counts(total: total) else { return self }
        for skill in skills where skill != .argumentStructure {
            counts[.argumentStructure, default: 0] += counts[skill] ?? 0
            counts[skill] = 0
        }
        var excused = self
        excused.skills = counts.mapValues { .items($0) }
        return excused
    }
}
