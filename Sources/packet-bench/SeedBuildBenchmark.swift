import Foundation
import PacketBuild

/// The seed articles' packets for every audience (every format), built by the `packet` executable,
/// against the time the same executable takes to start and print its version; and the processor
/// time per article and per packet, the budget's measure (1.5 s per article, all audiences).
struct SeedBuildBenchmark {
    var repository: Repository
    var runs: Int

    func run(into table: inout ResultTable) throws {
        guard FileManager.default.isExecutableFile(atPath: repository.packet) else {
            throw BenchError("no packet executable at \(repository.packet): build it first with "
                + "`swift build -c release --product packet`, or pass --packet PATH")
        }
        let version = try (0..<max(runs * 3, 5)).map { _ in try process(["--version"]) }
        let out = try repository.folder("seed-build")
        let arguments = ["build", "--seeds", repository.seeds.path, "--templates", repository.templates.path, "--out", out.path]
        _ = try process(arguments)   // the first build creates the folders; later ones replace them, as a rebuild does
        let measured = try (0..<runs).map { _ in try processRun(arguments) }
        let builds = measured.map(\.seconds)
        let articles = try FileManager.default.contentsOfDirectory(atPath: repository.seeds.path)
            .filter { FileManager.default.fileExists(atPath: repository.seeds.appendingPathComponent("\($0)/model.yaml").path) }.count
        let audiences = try FileManager.default.contentsOfDirectory(atPath: repository.templates.path)
            .filter { FileManager.default.fileExists(atPath: repository.templates.appendingPathComponent("\($0)/audience.yaml").path) }.count
        let cpu = Stopwatch.median(measured.map(\.processorSeconds))
        let inProcess = try Stopwatch.runs(runs) {
            let request = BuildRequest(articles: [.init(url: repository.seeds.appendingPathComponent("isis-after-mosul"),
                                                        display: "isis-after-mosul")],
                                       templates: repository.templates, templatesDisplay: "templates", output: out)
            _ = try StandardPacket.builder(version: "bench").build(request)
        }
        let v = Stopwatch.median(version), b = Stopwatch.median(builds)
        table.add(ResultRow(benchmark: "`packet --version` (process start)", measured: Show.seconds(v)))
        table.add(ResultRow(benchmark: "`packet build` of the seed library, \(articles) articles × \(audiences) audiences, all formats",
                            measured: "\(Show.seconds(b)) wall = \(String(format: "%.1f", b / v))× process start"))
        let perArticle = cpu / Double(max(articles, 1))
        table.add(ResultRow(benchmark: "… processor time per article (all audiences)",
                            measured: "\(Show.seconds(perArticle)) (\(Show.seconds(perArticle / Double(max(audiences, 1)))) per packet)",
                            target: "≤ 1.5 s", met: perArticle <= 1.5))
        table.add(ResultRow(benchmark: "… the same build in-process (PacketBuilder)", measured: Show.seconds(Stopwatch.median(inProcess))))
    }

    private func process(_ arguments: [String]) throws -> Double {
        try processRun(arguments).seconds
    }

    private func processRun(_ arguments: [String]) throws -> ChildRun {
        let run = try ChildProcess.run(repository.packet, arguments)
        guard run.status == 0 else { throw BenchError("packet \(arguments.joined(separator: " ")) exited with \(run.status)") }
        return run
    }
}
