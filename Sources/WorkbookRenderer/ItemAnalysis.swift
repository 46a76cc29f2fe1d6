/// Classical item statistics over the scored students, computed as the gradebook formulas do.
struct ItemAnalysis {
    /// Students with a name (rows the formulas score).
    let studentCount: Int
    /// Size of the upper and lower groups: 27% of the class, at least 1.
    let groupSize: Int
    /// Total at or above which a student is in the upper group (`LARGE(totals, k)`).
    let upperCut: Double?
    /// Total at or below which a student is in the lower group (`SMALL(totals, k)`).
    let lowerCut: Double?

    init(totals: [Double]) {
        studentCount = totals.count
        groupSize = totals.isEmpty ? 0 : max(1, Int((0.27 * Double(totals.count)).rounded()))
        let sorted = totals.sorted()
        upperCut = groupSize > 0 ? sorted[sorted.count - groupSize] : nil
        lowerCut = groupSize > 0 ? sorted[groupSize - 1] : nil
    }

    /// Share of students who got the item right (`AVERAGE`), or `nil` with no students.
    static func pValue(_ scores: [Double]) -> Double? {
        scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    /// Upper group's share right minus the lower group's (`AVERAGEIFS` − `AVERAGEIFS`).
    func discrimination(scores: [Double], totals: [Double]) -> Double? {
        guard let upperCut, let lowerCut else { return nil }
        let upper = zip(scores, totals).filter { $0.1 >= upperCut }.map(\.0)
        let lower = zip(scores, totals).filter { $0.1 <= lowerCut }.map(\.0)
        guard let pu = Self.pValue(upper), let pl = Self.pValue(lower) else { return nil }
        return pu - pl
    }
}
