import Drafting
import Foundation
import PacketLoading

/// `packet draft` (``Drafter/draft(text:options:)``) on large synthetic texts: the time and how
/// it grows with the text.
struct DraftBenchmark {
    var repository: Repository
    var smallBytes: Int
    var largeBytes: Int
    var runs: Int

    func run(into table: inout ResultTable) throws {
        let small = try Self.text(bytes: smallBytes, repository: repository)
        let large = try Self.text(bytes: largeBytes, repository: repository)
        var smallTimes: [Double] = [], largeTimes: [Double] = [], largeCPU: [Double] = []
        for _ in 0..<runs {
            smallTimes.append(try Stopwatch.seconds { _ = try Drafter.draft(text: small, options: DraftOptions(id: "small")) })
            let (wall, cpu) = try Stopwatch.both { _ = try Drafter.draft(text: large, options: DraftOptions(id: "large")) }
            largeTimes.append(wall)
            largeCPU.append(cpu)
        }
        let s = Stopwatch.median(smallTimes), l = Stopwatch.median(largeTimes)
        let factor = Double(large.utf8.count) / Double(small.utf8.count)
        table.add(ResultRow(benchmark: "`packet draft`, \(Show.size(bytes: small.utf8.count)) of text",
                            measured: Show.seconds(s)))
        table.add(ResultRow(benchmark: "`packet draft`, \(Show.size(bytes: large.utf8.count)) of text",
                            measured: "\(Show.seconds(l)) (processor \(Show.seconds(Stopwatch.median(largeCPU)))), "
                                + "\(Show.ratio(l / s)) the time for \(String(format: "%.0f", factor))× the text",
                            target: largeBytes >= 5_000_000 ? "well under 1 s (< 0.75 s), linear (≤ 1.1× per size)" : "linear (≤ 1.1× per size)",
                            met: l / s <= factor * 1.1 && (largeBytes < 5_000_000 || l < Self.wellUnderASecond)))
        try command(small: small, large: large, into: &table)
    }

    /// What "well under a second" is taken to mean for drafting 5 MB: a quarter of a second to spare,
    /// which the processor time (both cores' work added up) meets as well.
    static let wellUnderASecond = 0.75

    /// The whole `packet draft` command, which also writes the YAML and validates the draft.
    private func command(small: String, large: String, into table: inout ResultTable) throws {
        guard FileManager.default.isExecutableFile(atPath: repository.packet) else { return }
        let folder = try repository.folder("draft")
        var samples: [[Double]] = [[], []]
        for _ in 0..<runs {
            for (k, (name, text)) in [("small", small), ("large", large)].enumerated() {
                let article = folder.appendingPathComponent("\(name).txt")
                try Data(text.utf8).write(to: article)
                let run = try ChildProcess.run(repository.packet, ["draft", article.path, "--output",
                                                                   folder.appendingPathComponent("\(name).yaml").path, "--force"])
                guard run.status == 0 else { throw BenchError("packet draft exited with \(run.status)") }
                samples[k].append(run.seconds)
            }
        }
        let times = samples.map(Stopwatch.median)
        let factor = Double(large.utf8.count) / Double(small.utf8.count)
        table.add(ResultRow(benchmark: "`packet draft` command (draft, YAML, validation), "
                                + "\(Show.size(bytes: small.utf8.count)) / \(Show.size(bytes: large.utf8.count))",
                            measured: "\(Show.seconds(times[0])) / \(Show.seconds(times[1])) (\(Show.ratio(times[1] / times[0])) for "
                                + "\(String(format: "%.0f", factor))× the text)",
                            target: "linear (≤ 1.1× per size)", met: times[1] / times[0] <= factor * 1.1))
    }

    /// Synthetic news paragraphs with every third paragraph taken from the seed article, so the
    /// text mixes unique names with repeated real prose (as the drafting scale test does).
    static func text(bytes: Int, repository: Repository) throws -> String {
        let seed = try String(contentsOf: repository.seeds.appendingPathComponent("isis-after-mosul/article.txt"), encoding: .utf8)
        let real = seed.split(separator: "\n").filter { $0.count > 200 }
        let synthetic = SyntheticArticle.text(bytes: bytes * 3 / 4).split(separator: "\n", omittingEmptySubsequences: true)
        var out = ""
        for (k, paragraph) in synthetic.enumerated() {
            out += paragraph + "\n\n"
            if k % 2 == 1, !real.isEmpty { out += real[(k / 2) % real.count] + "\n\n" }
            if out.utf8.count >= bytes { break }
        }
        return out
    }

    /// Writes the whole draft of the text at `article` (model, review ids, glossary, notes) as JSON to `output`.
    static func dump(article: String, to output: String) throws {
        let text = try String(contentsOfFile: article, encoding: .utf8)
        let draft = try Drafter.draft(text: text, options: DraftOptions(id: "dump"))
        let extras = ["review: " + draft.reviewIds.sorted().joined(separator: " "),
                      "glossary: " + draft.glossaryCandidates.joined(separator: " ")] + draft.notes
        try Data((try ModelExport.json(draft.model) + extras.joined(separator: "\n") + "\n").utf8)
            .write(to: URL(fileURLWithPath: output))
    }
}
