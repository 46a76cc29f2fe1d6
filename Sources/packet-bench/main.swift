import Foundation

// `swift run -c release packet-bench`: measures the packet build, the workbook writer, batches and
// `packet draft` on synthetic inputs and prints a Markdown table. Never run as a test: timings
// depend on the machine and its load.

func runBenchmarks(_ options: BenchOptions) throws {
    let repository = try Repository(root: options.root, packet: options.packet)
    defer { repository.removeScratch() }
    let runs = options.timingRuns
    var table = ResultTable()
    print("packet-bench: \(Machine.description); \(options.quick ? "quick" : "full") run, median of \(runs)")
    if options.wants(.build) {
        print("Seed packet build…")
        try SeedBuildBenchmark(repository: repository, runs: options.quick ? 1 : max(runs, 3)).run(into: &table)
    }
    if options.wants(.workbook) {
        print("Workbook writer…")
        try WorkbookBenchmark(cells: options.quick ? 100_000 : 1_000_000, runs: runs).run(into: &table)
    }
    if options.wants(.batch) {
        print("Batches…")
        try BatchBenchmark(repository: repository, small: options.quick ? 2 : 100, large: options.quick ? 20 : 1_000,
                           paragraphs: 12, runs: runs).run(into: &table)
    }
    if options.wants(.draft) {
        print("packet draft…")
        try DraftBenchmark(repository: repository, smallBytes: options.quick ? 50_000 : 500_000,
                           largeBytes: options.quick ? 500_000 : 5_000_000, runs: runs).run(into: &table)
    }
    if options.wants(.argument) {
        print("Many claims…")
        try ArgumentBenchmark(repository: repository, claims: options.quick ? [100, 400] : [100, 400, 1_000],
                              runs: runs).run(into: &table)
    }
    if options.wants(.draftQuality) {
        print("Draft quality on the corpus…")
        try DraftQualityBenchmark(repository: repository).run(into: &table)
    }
    print("\n" + table.markdown)
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "--child-workbook" {
        try WorkbookBenchmark.childMain(Array(arguments.dropFirst()))
    } else if arguments.first == "--draft-json", arguments.count == 3 {
        // The whole draft of a text as JSON, to check that a speed-up leaves drafts unchanged.
        try DraftBenchmark.dump(article: arguments[1], to: arguments[2])
    } else if arguments.first == "--synthetic-seeds", arguments.count == 3, let count = Int(arguments[1]) {
        // A seeds folder of synthetic articles, to profile `packet build --seeds FOLDER` on it.
        for k in 0..<count { _ = try SyntheticArticle(index: k, paragraphs: 16).write(into: URL(fileURLWithPath: arguments[2])) }
    } else if arguments.first == "--synthetic-claims", arguments.count == 3, let claims = Int(arguments[1]) {
        // The argument benchmark's article of this many claims, to profile `packet build --seeds FOLDER` on it.
        _ = try SyntheticArgument(claims: claims).write(into: URL(fileURLWithPath: arguments[2]))
    } else if arguments.first == "--draft-text", arguments.count == 3, let bytes = Int(arguments[1]) {
        // The text the draft benchmark drafts, to profile `packet draft` on it or compare drafts.
        let repository = try Repository(root: nil, packet: nil)
        defer { repository.removeScratch() }
        try Data(try DraftBenchmark.text(bytes: bytes, repository: repository).utf8).write(to: URL(fileURLWithPath: arguments[2]))
    } else {
        try runBenchmarks(try BenchOptions(arguments))
    }
} catch {
    FileHandle.standardError.write(Data("packet-bench: \(error)\n".utf8))
    exit(1)
}
