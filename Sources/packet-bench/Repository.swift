import Foundation

/// Where the benchmark finds the seed article, the audiences and the `packet` executable, and
/// where it puts its scratch files.
struct Repository {
    /// The package root: `--root`, else the folder three levels above this source file.
    let root: URL
    /// The release `packet` executable: `--packet`, else the one built beside this benchmark.
    let packet: String
    /// Scratch space, removed at the end.
    let scratch: URL

    init(root: String?, packet: String?) throws {
        self.root = root.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        self.packet = packet ?? URL(fileURLWithPath: ChildProcess.selfPath).deletingLastPathComponent()
            .appendingPathComponent("packet").path
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("packet-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    var seeds: URL { root.appendingPathComponent("seeds") }
    var templates: URL { root.appendingPathComponent("templates") }

    /// A fresh, empty folder under the scratch space.
    func folder(_ name: String) throws -> URL {
        let url = scratch.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func removeScratch() { try? FileManager.default.removeItem(at: scratch) }
}
