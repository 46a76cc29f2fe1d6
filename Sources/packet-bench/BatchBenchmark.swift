import Foundation
import PacketBuild
import PacketLoading

/// Batches of synthetic articles, every audience each, built in-process by ``PacketBuilder``
/// into a scratch folder: time per packet, how time grows with the batch, and what a second core adds.
struct BatchBenchmark {
    var repository: Repository
    /// The small and the large batch (the large one ten times the small one).
    var small: Int
    var large: Int
    var paragraphs: Int
    var runs: Int

    func run(into table: inout ResultTable) throws {
        let seeds = try repository.folder("batch-seeds")
        var articles: [BuildRequest.Article] = []
        for k in 0..<large {
            let article = SyntheticArticle(index: k, paragraphs: paragraphs)
            let folder = try article.write(into: seeds)
            articles.append(.init(url: folder, display: article.id))
        }
        try checkLoads(articles[0])
        let audiences = try AudienceLoader(folder: repository.templates, displayFolder: "templates").audienceNames().count
        let cores = ProcessInfo.processInfo.activeProcessorCount

        // Alternate one core and all cores, so a busy neighbour slows both alike.
        var oneCore: [Double] = [], allCores: [Double] = [], oneCoreCPU: [Double] = [], allCoresCPU: [Double] = []
        for _ in 0..<runs {
            let one = try build(Array(articles.prefix(small)), jobs: 1)
            let all = try build(Array(articles.prefix(small)), jobs: cores)
            oneCore.append(one.wall); oneCoreCPU.append(one.cpu)
            allCores.append(all.wall); allCoresCPU.append(all.cpu)
        }
        let largeRuns = try (0..<max(1, runs / 2)).map { _ in try build(articles, jobs: cores) }
        let smallTime = Stopwatch.median(allCores), largeTime = Stopwatch.median(largeRuns.map(\.wall))
        let smallPackets = small * audiences, largePackets = large * audiences
        func perPacket(_ wall: Double, _ cpu: Double, _ packets: Int) -> String {
            "\(Show.seconds(wall)), \(Show.seconds(wall / Double(packets))) per packet "
                + "(processor \(Show.seconds(cpu / Double(packets))) per packet, \(String(format: "%.2f", cpu / wall)) cores busy)"
        }
        table.add(ResultRow(benchmark: "Batch of \(small) articles × \(audiences) audiences, \(cores) jobs",
                            measured: perPacket(smallTime, Stopwatch.median(allCoresCPU), smallPackets)))
        table.add(ResultRow(benchmark: "Batch of \(large) articles × \(audiences) audiences, \(cores) jobs",
                            measured: perPacket(largeTime, Stopwatch.median(largeRuns.map(\.cpu)), largePackets)))
        let scaling = largeTime / smallTime
        table.add(ResultRow(benchmark: "Scaling: \(large / small)× the articles",
                            measured: "\(Show.ratio(scaling)) the time", target: "≤ \(large / small + 1)×",
                            met: scaling <= Double(large / small + 1)))
        let speedUp = Stopwatch.median(oneCore) / smallTime
        table.add(ResultRow(benchmark: "Batch of \(small): `--jobs 1` \(Show.seconds(Stopwatch.median(oneCore))) vs `--jobs \(cores)` "
                                + "(\(String(format: "%.2f", Stopwatch.median(oneCoreCPU) / Stopwatch.median(oneCore))) vs "
                                + "\(String(format: "%.2f", Stopwatch.median(allCoresCPU) / smallTime)) cores busy)",
                            measured: "\(Show.ratio(speedUp)) faster", target: "≥ 1.8× (2 cores)", met: speedUp >= 1.8))
    }

    /// Builds every audience's packet of `articles` into a fresh folder; returns the seconds.
    private func build(_ articles: [BuildRequest.Article], jobs: Int) throws -> (wall: Double, cpu: Double) {
        let out = try repository.folder("batch-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let request = BuildRequest(articles: articles, templates: repository.templates, templatesDisplay: "templates",
                                   output: out, jobs: jobs)
        let builder = SyntheticBuilder.make()
        return try Stopwatch.both { _ = try builder.build(request) }
    }

    /// The synthetic model must load without errors, or the batch would measure error reporting.
    private func checkLoads(_ article: BuildRequest.Article) throws {
        let result = ArticleLoader.load(folder: article.url, displayFolder: article.display)
        guard result.errors.isEmpty else {
            throw BenchError("the synthetic article does not load:\n" + result.errors.map { "  \($0)" }.joined(separator: "\n"))
        }
    }
}
