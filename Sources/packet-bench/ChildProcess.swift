import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to completion, with its wall time and peak memory.
struct ChildRun {
    /// The exit status (128 + signal when killed by a signal).
    var status: Int32
    var seconds: Double
    /// Processor time, user and system, of the child and its threads (`wait4`'s `ru_utime + ru_stime`).
    var processorSeconds: Double = 0
    /// The child's peak resident set size (`ru_maxrss` from `wait4`, in kilobytes on Linux).
    var maxRSSKilobytes: Int
}

/// Runs programs with `posix_spawn` and waits with `wait4`, which reports the resource use of
/// that one child (unlike `RUSAGE_CHILDREN`, the maximum over every child so far).
enum ChildProcess {
    /// Runs `program` with `arguments`; its standard output (and error unless `keepErrors`) go to /dev/null.
    static func run(_ program: String, _ arguments: [String], keepErrors: Bool = true) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if !keepErrors { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        let argv = ([program] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        var terminated = argv + [nil]
        let spawned = terminated.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return EINVAL }
            return posix_spawn(&pid, program, &actions, nil, base, environ)
        }
        guard spawned == 0 else { throw BenchError("cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(program)") }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ChildRun(status: code, seconds: seconds, processorSeconds: cpu, maxRSSKilobytes: usage.ru_maxrss)
    }

    /// This benchmark's own executable, to run one variant in a fresh process.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// A benchmark that could not run, with the reason.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
