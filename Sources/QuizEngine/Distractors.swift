import PacketModel

/// Chooses wrong options: from the same model and the same kind of thing first, then from
/// principled perturbations; never an option the model makes true, never a duplicate after
/// normalising, never "all/none of the above", and of a length close to the answer's.
enum Distractors {
    /// Options a quiz never offers.
    static let banned: Set<String> = ["all of the above", "none of the above", "both a and b", "not given"]

    /// A wrong option that may be offered, with its length in characters worked out once (counting
    /// characters walks the text, and a claim's wording is offered for many items).
    struct Candidate {
        let text: String
        let length: Int

        init(_ text: String) { self.init(text, length: text.count) }
        init(_ text: String, length: Int) {
            self.text = text
            self.length = length
        }
    }

    /// Up to `count` distractors for `answer`, drawn from `tiers` in order (best kind first);
    /// within a tier the candidates closest in length to the answer come first, ties broken at random.
    static func pick(_ count: Int, for answer: String, from tiers: [[String]],
                     isTrue: (String) -> Bool, random: inout SplitMix64) -> [String] {
        pick(count, for: answer, from: tiers.map { $0.map(Candidate.init) }, isTrue: isTrue, random: &random)
    }

    /// ``pick(_:for:from:isTrue:random:)`` over candidates whose lengths are known.
    static func pick(_ count: Int, for answer: String, from tiers: [[Candidate]],
                     isTrue: (String) -> Bool, random: inout SplitMix64) -> [String] {
        var taken: Set<String> = [TextNormal.key(answer)]
        var result: [String] = []
        let length = answer.count
        for tier in tiers {
            // The tier's places shuffled (the same permutation as shuffling the tier itself), then
            // ranked by nearness in length, ties in shuffled order: one integer key per candidate.
            // Every tier is shuffled, needed or not, so the generator's later draws stay the same.
            let order = random.shuffledIndices(tier.count)
            guard result.count < count else { continue }
            let ranked = order.enumerated().map { abs(tier[$0.element].length - length) &* tier.count &+ $0.offset }.sorted()
            for key in ranked where result.count < count {
                let candidate = tier[order[key % tier.count]].text
                let normal = TextNormal.key(candidate)
                guard !normal.isEmpty, !taken.contains(normal), !banned.contains(normal), !isTrue(candidate) else { continue }
                taken.insert(normal)
                result.append(candidate)
            }
        }
        return result
    }

    /// Numbers a careless reader might pick for `value`: ×10, ÷10, the complement of a percentage,
    /// double and half. Whole numbers stay whole; percentages stay within 0–100.
    /// For a rank, the neighbouring ranks instead.
    static func perturbations(of stat: Statistic) -> [Double] {
        let value = stat.value.representative
        guard stat.unit != "rank" else { return [value + 1, value - 1, value + 2, value + 3].filter { $0 >= 1 } }
        return perturbations(of: value, percent: stat.isPercent)
    }

    static func perturbations(of value: Double, percent: Bool) -> [Double] {
        var candidates = [value * 10, value / 10, value * 2, value / 2, value + 10, value - 10]
        if percent { candidates.insert(100 - value, at: 0) }
        let whole = value == value.rounded()
        return candidates.filter { v in
            v > 0 && v != value && (!whole || v == v.rounded()) && (!percent || v <= 100)
        }
    }

    /// Other statistics' values in the same unit and of a similar size (within a factor of 20),
    /// closest in size first.
    static func comparable(to stat: Statistic, among statistics: [Statistic]) -> [Double] {
        let value = abs(stat.value.representative)
        let ratios = statistics.filter { $0.id != stat.id && $0.unit == stat.unit }.map(\.value.representative).compactMap { v -> (Double, Double)? in
            let (lo, hi) = (min(abs(v), value), max(abs(v), value))
            return lo > 0 && hi / lo <= 20 ? (v, hi / lo) : nil
        }
        return ratios.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element.0)
    }

    /// Candidate wrong dates for `date`, best first: other events' dates within five years (closest
    /// first), then the same date a year or two either side, then events further away. All at
    /// `date`'s precision and none after `latest`.
    static func dates(near date: PartialDate, among events: [TimelineEvent], notAfter latest: PartialDate) -> [PartialDate] {
        let distance = { (d: PartialDate) in abs(d.spreadsheetSerial - date.spreadsheetSerial) }
        let others = events.compactMap { truncate($0.date, to: date.precision) }.enumerated()
            .sorted { (distance($0.element), $0.offset) < (distance($1.element), $1.offset) }.map(\.element)
        let near = others.filter { abs($0.year - date.year) <= 5 }
        let far = others.filter { abs($0.year - date.year) > 5 }
        return near + shiftedYears(date, notAfter: latest) + far
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
