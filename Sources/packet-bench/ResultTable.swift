/// One line of the results: what was measured, the figure, the target and whether it is met.
struct ResultRow {
    var benchmark: String
    var measured: String
    var target: String = "—"
    /// `nil` when the row has no target.
    var met: Bool? = nil
}

/// The Markdown table the benchmark prints at the end (and each row as it is measured).
struct ResultTable {
    private(set) var rows: [ResultRow] = []

    mutating func add(_ row: ResultRow) {
        rows.append(row)
        print("  \(row.benchmark): \(row.measured)\(row.met.map { $0 ? "  (target \(row.target): met)" : "  (target \(row.target): MISSED)" } ?? "")")
    }

    var markdown: String {
        var lines = ["| Benchmark | Measured | Target | Met |", "|---|---|---|---|"]
        for row in rows {
            let met = row.met.map { $0 ? "yes" : "**no**" } ?? ""
            lines.append("| \(row.benchmark) | \(row.measured) | \(row.target) | \(met) |")
        }
        return lines.joined(separator: "\n")
    }
}
