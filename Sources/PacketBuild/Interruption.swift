import Foundation
import Synchronization

/// Stopping cleanly on Ctrl-C (SIGINT) or `kill` (SIGTERM): the process waits for any packet
/// being moved into place to finish, removes its staging folders and exits with 130 or 143
/// (128 + the signal), as a shell reports a process stopped by it. No packet is left half
/// written and no staging folder is left behind. (Workbooks are built in memory files, which the
/// system frees with the process.)
package enum Interruption {
    private struct State {
        var stopping = false
        /// Writers inside ``guarded(_:)``.
        var active = 0
        /// Staging folders that exist now.
        var staging: Set<String> = []
    }

    private static let state = Mutex(State())
    /// The signal sources; kept for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Handles SIGINT and SIGTERM from now on (call once, at start).
    package static func install() {
        for (number, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop(exitStatus: status) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `body`, a step that writes to disk, so that an interruption waits for it to finish;
    /// once stopping, a new step never starts (its thread waits for the exit).
    package static func guarded<T>(_ body: () throws -> T) rethrows -> T {
        let admitted = state.withLock { state -> Bool in
            guard !state.stopping else { return false }
            state.active += 1
            return true
        }
        if !admitted { while true { sleep(60) } }
        defer { state.withLock { $0.active -= 1 } }
        return try body()
    }

    /// Notes a staging folder that exists until ``finished(_:)``, to remove if the process is stopped.
    static func staging(_ folder: URL) { state.withLock { _ = $0.staging.insert(folder.path) } }

    /// The staging folder is gone (moved into place or removed).
    static func finished(_ folder: URL) { state.withLock { _ = $0.staging.remove(folder.path) } }

    private static func stop(exitStatus: Int32) {
        state.withLock { $0.stopping = true }
        // Wait (up to 10 s) for the writers inside a guarded step: each is a few file writes and a rename.
        var waited = 0
        while state.withLock({ $0.active }) > 0 && waited < 1_000 { usleep(10_000); waited += 1 }
        for path in state.withLock({ Array($0.staging) }) { try? FileManager.default.removeItem(atPath: path) }
        _exit(exitStatus)
    }
}
