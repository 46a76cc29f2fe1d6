import Foundation
import PacketBuild
import PacketLoading

/// One article of many claims (100, 400, 1,000; see ``SyntheticArgument``), built in-process for
/// every audience: the argument map links every claim to the claims it bears on and to its
/// evidence, and the quiz engine judges every claim's evidence, which once took time growing with
/// the square (and cube) of the claims: 1,000 claims did not build in two minutes.
struct ArgumentBenchmark {
    var repository: Repository
    /// Claim counts, smallest first; the last is the one with the target.
    var claims: [Int]
    var runs: Int

    /// The largest article must build in at most this many seconds of processor time: on this shared
    /// machine wall time swings with the neighbours' load, processor time hardly; and within it the
    /// build would take as long on one core.
    static let target = 5.0

    func run(into table: inout ResultTable) throws {
        let seeds = try repository.folder("argument-seeds")
        var times: [(claims: Int, seconds: Double, cpu: Double)] = []
        for wanted in claims {
            let article = SyntheticArgument(claims: wanted)
            let folder = try article.write(into: seeds)
            let loaded = ArticleLoader.load(folder: folder, displayFolder: article.id)
            guard loaded.errors.isEmpty, let model = loaded.model else {
                throw BenchError("the synthetic article does not load:\n" + loaded.errors.map { "  \($0)" }.joined(separator: "\n"))
            }
            let count = model.claims.count
            let request = { (out: URL) in
                BuildRequest(articles: [.init(url: folder, display: article.id)], templates: repository.templates,
                             templatesDisplay: "templates", output: out)
            }
            let builder = SyntheticBuilder.make()
            var wall: [Double] = [], cpu: [Double] = []
            for _ in 0..<runs {
                let out = try repository.folder("argument-out")
                let measured = try Stopwatch.both { _ = try builder.build(request(out)) }
                wall.append(measured.wall); cpu.append(measured.cpu)
            }
            times.append((count, Stopwatch.median(wall), Stopwatch.median(cpu)))
        }
        let audiences = try AudienceLoader(folder: repository.templates, displayFolder: "templates").audienceNames().count
        for (index, time) in times.enumerated() {
            let last = index == times.count - 1
            table.add(ResultRow(benchmark: "Article of \(time.claims) claims, \(audiences) audiences, all formats",
                                measured: "processor \(Show.seconds(time.cpu)) (wall \(Show.seconds(time.seconds)))",
                                target: last ? "≤ \(Int(Self.target)) s of processor time" : "—",
                                met: last ? time.cpu <= Self.target : nil))
        }
        if let first = times.first, let last = times.last, last.claims > first.claims {
            let growth = Double(last.claims) / Double(first.claims)
            // n log n allows growth × log(last) / log(first); anything quadratic is far above it.
            let allowed = growth * log(Double(last.claims)) / log(Double(first.claims))
            let ratio = last.cpu / first.cpu
            table.add(ResultRow(benchmark: "Scaling: \(String(format: "%.1f", growth))× the claims",
                                measured: "\(Show.ratio(ratio)) the processor time",
                                target: "≤ \(String(format: "%.1f", allowed))× (n log n)", met: ratio <= allowed))
        }
    }
}
