import Drafting
import Foundation

/// How good drafts are: `Drafter.draft` on the corpus of real articles with hand-made answer sheets
/// (`Tests/DraftingTests/Fixtures/corpus/`), scored field by field against the sheets. Prints the
/// per-field table and adds a row per field with a target.
struct DraftQualityBenchmark {
    var repository: Repository

    /// The targets for micro-averaged F1 (the test floors are in `CorpusQualityTests.swift`).
    static let targets: [(ScoredField, Double)] = [
        (.statistics, 0.90), (.names, 0.80), (.quotes, 0.90), (.peopleQuotes, 0.90), (.mainClaim, 0.70), (.lede, 0.70),
        (.publication, 1.0),
    ]

    var corpus: URL { repository.root.appendingPathComponent("Tests/DraftingTests/Fixtures/corpus") }

    func run(into table: inout ResultTable) throws {
        let articles = try CorpusArticle.loadAll(from: corpus)
        var score: CorpusScore?
        let seconds = try Stopwatch.seconds { score = try DraftScorer.score(articles) }
        guard let score else { return }
        let words = articles.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        print("Draft quality on \(articles.count) articles (\(words) words), drafted and scored in \(Show.seconds(seconds)):\n\(score.markdown)")
        for field in ScoredField.allCases {
            let c = score[field]
            let target = Self.targets.first { $0.0 == field }?.1
            table.add(ResultRow(benchmark: "Draft quality: \(field.rawValue) (\(articles.count) articles)",
                                measured: "F1 \(CorpusScore.show(c.f1)) (P \(CorpusScore.show(c.precision)), R \(CorpusScore.show(c.recall)); "
                                    + "\(c.right) right, \(c.wrong) wrong, \(c.missed) missed)",
                                target: target.map { "F1 ≥ \(CorpusScore.show($0))" } ?? "—",
                                met: target.map { c.f1 >= $0 }))
        }
    }
}
