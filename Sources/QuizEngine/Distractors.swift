import PacketModel

/// Chooses wrong options: from the same model and the same kind of thing first, then from
/// principled perturbations; never an option the model makes true, never a duplicate after
/// normalising, never "all/none of the above", and of a length close to the answer's.
enum Distractors {
    /// Options a quiz never offers.
    static let banned: Set<String> = ["all of the above", "none of the above", "both a and b", "not given"]

    /// Up to `count` distractors for `answer`, drawn from `tiers` in order (best kind first);
    /// within a tier the candidates closest in length to the answer come first, ties broken at random.
    static func pick(_ count: Int, for answer: String, from tiers: [[String]],
                     isTrue: (String) -> Bool, random: inout SeededRandom) -> [String] {
        var taken: Set<String> = [TextNormal.key(answer)]
        var result: [String] = []
        for tier in tiers {
            let ranked = random.shuffled(tier).enumerated().sorted { a, b in
                let da = abs(a.element.count - answer.count), db = abs(b.element.count - answer.count)
                return (da, a.offset) < (db, b.offset)
            }.map(\.element)
            for candidate in ranked where result.count < count {
                let key = TextNormal.key(candidate)
                guard !key.isEmpty, !taken.contains(key), !banned.contains(key), !isTrue(candidate) else { continue }
                taken.insert(key)
                result.append(candidate)
            }
        }
        return result
    }

    /// Numbers a careless reader might pick for `value`: ×10, ÷10, the complement of a percentage,
    /// double and half. Whole numbers stay whole; percentages stay within 0–100.
    static func perturbations(of value: Double, percent: Bool) -> [Double] {
        var candidates = [value * 10, value / 10, value * 2, value / 2, value + 10, value - 10]
        if percent { candidates.insert(100 - value, at: 0) }
        let whole = value == value.rounded()
        return candidates.filter { v in
            v > 0 && v != value && (!whole || v == v.rounded()) && (!percent || v <= 100)
        }
    }

    /// Other statistics' values in the same unit and of a similar size (within a factor of 20).
    static func comparable(to stat: Statistic, among statistics: [Statistic]) -> [Double] {
        let value = abs(stat.value.representative)
        return statistics.filter { $0.id != stat.id && $0.unit == stat.unit }.map(\.value.representative).filter { v in
            let (lo, hi) = (min(abs(v), value), max(abs(v), value))
            return lo > 0 && hi / lo <= 20
        }
    }

    /// Dates a year or two either side of `date`, at the same precision.
    /// None falls after `latest` (the publication date): the article cannot report it.
    static func shiftedYears(_ date: PartialDate, notAfter latest: PartialDate) -> [PartialDate] {
        [-1, 1, -2, 2, -3, 3].compactMap { PartialDate(year: date.year + $0, month: date.month, day: date.day) }
            .filter { $0.year <= latest.year }
    }

    /// `date` cut down to `precision` (a day to its month, a month to its year).
    static func truncate(_ date: PartialDate, to precision: PartialDate.Precision) -> PartialDate? {
        switch precision {
        case .year: PartialDate(year: date.year)
        case .month: date.month.flatMap { PartialDate(year: date.year, month: $0) }
        case .day: date.day != nil ? date : nil
        }
    }
}
