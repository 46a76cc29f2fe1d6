import Foundation
import PacketBuild

/// The seed article's packets for every audience (every format), built by the `packet` executable,
/// against the time the same executable takes to start and print its version.
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
        let builds = try (0..<runs).map { _ in try process(arguments) }
        let inProcess = try Stopwatch.runs(runs) {
            let request = BuildRequest(articles: [.init(url: repository.seeds.appendingPathComponent("isis-after-mosul"),
                                                        display: "isis-after-mosul")],
                                       templates: repository.templates, templatesDisplay: "templates", output: out)
            _ = try StandardPacket.builder(version: "bench").build(request)
        }
        let v = Stopwatch.median(version), b = Stopwatch.median(builds)
        table.add(ResultRow(benchmark: "`packet --version` (process start)", measured: Show.seconds(v)))
        table.add(ResultRow(benchmark: "`packet build` of the seed, 4 audiences, all formats",
                            measured: "\(Show.seconds(b)) = \(String(format: "%.1f", b / v))× process start"))
        table.add(ResultRow(benchmark: "… the same build in-process (PacketBuilder)", measured: Show.seconds(Stopwatch.median(inProcess))))
    }

    private func process(_ arguments: [String]) throws -> Double {
        let run = try ChildProcess.run(repository.packet, arguments)
        guard run.status == 0 else { throw BenchError("packet \(arguments.joined(separator: " ")) exited with \(run.status)") }
        return run.seconds
    }
}
