import PacketModel
import Testing
@testable import WorkbookRenderer

/// A statistics-heavy article (a news release with dozens of figures) still reads well: figures are
/// grouped by unit, and the chart compares only figures on one axis and over one period.
@Suite("The Statistics sheet with many figures")
struct StatisticsLayoutTests {
    static func stat(_ id: String, _ unit: String, year: Int? = nil, figurative: Bool = false) -> Statistic {
        Statistic(id: id, value: .exact(1), unit: unit, asWritten: id, measures: "what \(id) counts",
                  period: year.map { Period(start: PartialDate(year: $0), end: nil) }, figurative: figurative, excerpt: id)
    }

    @Test("a few figures keep the article's order, with no group labels")
    func fewFiguresInArticleOrder() {
        let stats = ["a", "b", "c"].map { Self.stat($0, $0 == "b" ? "percent" : "dollars") }
        let ids = StatisticsSheet.layout(stats).compactMap { row -> String? in
            if case .statistic(let s) = row { return s.id }
            return nil
        }
        #expect(ids == ["a", "b", "c"])
        #expect(!StatisticsSheet.layout(stats).contains { if case .label = $0 { true } else { false } })
    }

    @Test("many figures are grouped by unit, the largest group first, and units with one figure go last together")
    func manyFiguresGrouped() {
        let stats = (0..<8).map { Self.stat("d\($0)", "dollars") } + (0..<4).map { Self.stat("p\($0)", "percent") }
            + [Self.stat("jobs", "jobs"), Self.stat("states", "states")]
        let shown = StatisticsSheet.layout(stats).map { row -> String in
            switch row {
            case .label(let text): return "[\(text)]"
            case .statistic(let s): return s.id
            }
        }
        #expect(shown.first == "[Figures in dollars (8)]")
        #expect(shown.firstIndex(of: "[Percentages (4)]") == 9)
        #expect(Array(shown.suffix(3)) == ["[Other figures, one of each kind (2)]", "jobs", "states"])
        #expect(shown.filter { !$0.hasPrefix("[") }.count == stats.count, "every figure is listed once")
    }

    @Test("the chart compares figures of one unit and one period only, never a figure of speech, and none when no two match")
    func chartComparesLikeWithLike() {
        let stats = [Self.stat("d2020a", "dollars", year: 2020), Self.stat("d2020b", "dollars", year: 2020),
                     Self.stat("d2021", "dollars", year: 2021), Self.stat("d2020c", "dollars", year: 2020, figurative: true)]
        #expect(StatisticsSheet.chartGroup(stats).map(\.id) == ["d2020a", "d2020b"])
        #expect(StatisticsSheet.chartGroup([Self.stat("a", "dollars", year: 2020), Self.stat("b", "dollars", year: 2021)]).isEmpty)
    }
}
