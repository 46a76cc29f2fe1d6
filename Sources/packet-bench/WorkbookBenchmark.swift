import Foundation

/// The workbook writer on a synthetic sheet: the wrapper against direct libxlsxwriter calls, in
/// normal and constant-memory mode. Each run is a fresh child process of this benchmark, so its
/// peak memory is its own (`wait4`'s `ru_maxrss`) and no run inherits another's heap.
struct WorkbookBenchmark {
    var cells: Int
    var runs: Int

    func run(into table: inout ResultTable) throws {
        let label = cells.formatted(.number.grouping(.automatic))
        for constantMemory in [false, true] {
            let mode = constantMemory ? "constant memory" : "normal mode"
            var times: [WorkbookWriters.Variant: [Double]] = [:]
            var peaks: [WorkbookWriters.Variant: [Int]] = [:]
            // Alternate the variants so a busy neighbour slows both alike.
            for _ in 0..<runs {
                for variant in WorkbookWriters.Variant.allCases {
                    let (seconds, peak) = try Self.child(variant, cells: cells, constantMemory: constantMemory)
                    times[variant, default: []].append(seconds)
                    peaks[variant, default: []].append(peak)
                }
            }
            let c = Stopwatch.median(times[.c] ?? []), wrapper = Stopwatch.median(times[.wrapper] ?? [])
            let cPeak = peaks[.c]?.max() ?? 0, wrapperPeak = peaks[.wrapper]?.max() ?? 0
            let ratio = wrapper / c
            table.add(ResultRow(benchmark: "Workbook, \(label) cells, \(mode): direct C calls",
                                measured: "\(Show.seconds(c)), peak \(Show.megabytes(kilobytes: cPeak))"))
            table.add(ResultRow(benchmark: "Workbook, \(label) cells, \(mode): Swift wrapper",
                                measured: "\(Show.seconds(wrapper)) (\(Show.ratio(ratio)) of C), peak \(Show.megabytes(kilobytes: wrapperPeak))",
                                target: "≤ 1.15× C", met: ratio <= 1.15))
            if constantMemory {
                table.add(ResultRow(benchmark: "Workbook, \(label) cells, constant memory: peak memory of the wrapper",
                                    measured: Show.megabytes(kilobytes: wrapperPeak), target: "≤ 64 MB",
                                    met: wrapperPeak <= 64 * 1024))
            }
        }
    }

    /// Runs one variant in a child process; returns its in-process writing time and peak memory.
    static func child(_ variant: WorkbookWriters.Variant, cells: Int, constantMemory: Bool) throws -> (Double, Int) {
        let result = FileManager.default.temporaryDirectory.appendingPathComponent("packet-bench-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: result) }
        let run = try ChildProcess.run(ChildProcess.selfPath,
                                       ["--child-workbook", variant.rawValue, String(cells), constantMemory ? "1" : "0", result.path])
        guard run.status == 0, let text = try? String(contentsOf: result, encoding: .utf8), let seconds = Double(text) else {
            throw BenchError("the \(variant.rawValue) workbook writer failed (exit status \(run.status))")
        }
        return (seconds, run.maxRSSKilobytes)
    }

    /// The child's side: writes the sheet to a temporary file, removes it, and records the time in `resultPath`.
    static func childMain(_ arguments: [String]) throws {
        guard arguments.count == 4, let variant = WorkbookWriters.Variant(rawValue: arguments[0]),
              let cells = Int(arguments[1]) else {
            throw BenchError("usage: --child-workbook wrapper|c CELLS 0|1 RESULT")
        }
        let stream = CellStream(cells: cells)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("packet-bench-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let seconds = try WorkbookWriters.write(variant, stream: stream, path: path, constantMemory: arguments[2] == "1")
        try Data(String(seconds).utf8).write(to: URL(fileURLWithPath: arguments[3]))
    }
}
