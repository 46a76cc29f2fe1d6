import Foundation

/// Wall-clock timing and the statistics the tables report.
enum Stopwatch {
    /// Seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Seconds of processor time (user and system, all threads) this process has used so far:
    /// unlike wall time, a busy neighbour on a shared machine hardly changes it.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Wall and processor seconds `body` takes.
    static func both(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        let cpu = processorSeconds()
        let wall = try seconds(body)
        return (wall, processorSeconds() - cpu)
    }

    /// Each of `runs` timings of `body`.
    static func runs(_ runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
        try (0..<max(runs, 1)).map { _ in try seconds(body) }
    }

    /// The median, which a busy neighbour on a shared machine moves less than the mean.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// How the tables write numbers.
enum Show {
    static func seconds(_ s: Double) -> String {
        if s < 0.001 { return String(format: "%.0f µs", s * 1e6) }
        if s < 1 { return String(format: "%.1f ms", s * 1e3) }
        return String(format: "%.2f s", s)
    }

    static func ratio(_ r: Double) -> String { String(format: "%.2f×", r) }

    static func megabytes(kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }

    /// A text's size: `48 KB`, `4.8 MB`.
    static func size(bytes: Int) -> String {
        bytes < 1_000_000 ? "\(bytes / 1024) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    static func all(_ values: [Double]) -> String { values.map(seconds).joined(separator: ", ") }
}
