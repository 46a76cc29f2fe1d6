import Foundation
import TestHelpers
import Testing

/// Builds interrupted or starved of space must leave every packet whole and no debris.
@Suite("Faults", .serialized)
struct FaultTests {
    static let article = "isis-after-mosul"
    static let audience = "high-school"
    static let packetArguments = ["build", "--article", article, "--audience", audience]

    /// A workspace with the repository's seeds and templates, its packet built once, and a
    /// private temporary folder for the builds' staging.
    struct Workspace {
        let root: URL
        var folder: URL { root.appendingPathComponent("ws") }
        var temporary: URL { root.appendingPathComponent("tmp") }
        var out: URL { folder.appendingPathComponent("out") }

        init() throws {
            root = try TemporaryFolder.make("faults")
            for name in ["seeds", "templates"] {
                try FileManager.default.copyItem(at: CLI.repo.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            let first = try CLI.run(FaultTests.packetArguments, in: folder)
            guard first.status == 0 else { throw Failure(description: first.stderr) }
        }

        /// Runs `packet` through `/usr/bin/env` (so it stages in the private temporary folder),
        /// behind `wrapper` (e.g. `timeout -s KILL 0.5`).
        func run(_ arguments: [String], behind wrapper: [String] = []) throws -> Subprocess.Result {
            try Subprocess.run("/usr/bin/env", ["TMPDIR=\(temporary.path)"] + wrapper + [CLI.executable.path] + arguments, in: folder)
        }

        /// Staging folders left in the temporary folder or anywhere under out/.
        func debris() -> [String] {
            let inTemp = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
            let inOut = FileManager.default.enumerator(atPath: out.path)?.allObjects.compactMap { $0 as? String } ?? []
            return (inTemp + inOut).filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } || $0.hasPrefix(".") }
        }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    @Test("a build killed with SIGKILL at any moment leaves the packet whole, old or new, and no debris in out/")
    func killedBuildLeavesWholePackets() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let old = FolderSnapshot(workspace.out)
        // The packet a complete build with another quiz seed makes: what a finished run leaves.
        let other = workspace.root.appendingPathComponent("other")
        let reseeded = try CLI.run(Self.packetArguments + ["--seed", "7", "--out", other.path], in: workspace.folder)
        #expect(reseeded.status == 0, "\(reseeded.stderr)")
        let new = FolderSnapshot(other)
        #expect(new != old)

        var killed = 0
        for delay in ["0.01", "0.03", "0.05", "0.1", "0.2", "0.4", "0.7", "1.0", "1.3", "1.6", "1.9", "2.2", "2.5", "2.8", "3.2"] {
            let current = FolderSnapshot(workspace.out)
            let seed = current == old ? ["--seed", "7"] : []
            let run = try workspace.run(Self.packetArguments + seed, behind: ["timeout", "-s", "KILL", delay])
            if run.status == 137 || run.status == SIGKILL { killed += 1 }  // timeout may die with its group
            let after = FolderSnapshot(workspace.out)
            #expect(after == old || after == new, "killed after \(delay) s: the packet is neither the old one nor the new one")
            #expect(workspace.debris().filter { !$0.hasPrefix(".packet-staging-") } == [], "debris in out/ after \(delay) s")
        }
        #expect(killed >= 3, "too few builds were interrupted to test anything")

        // The next build finishes and removes what the killed ones left in the temporary folder.
        let finished = try workspace.run(Self.packetArguments)
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(FolderSnapshot(workspace.out) == old)
        #expect(workspace.debris() == [])
    }

    @Test("a full disk (a 128 KB file-size limit) is one clear error, a non-zero exit, the previous packet untouched and no debris")
    func fullDiskChangesNothing() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let before = FolderSnapshot(workspace.out)
        // Root ignores permission bits, so a read-only folder proves nothing in CI; a file-size
        // limit makes writing fail with EFBIG for root too, as a full disk does with ENOSPC.
        let command = (["ulimit -f 128; exec", "env", "TMPDIR=\(workspace.temporary.path)", CLI.executable.path] + Self.packetArguments + ["--seed", "7"])
            .joined(separator: " ")
        let run = try Subprocess.run("/bin/bash", ["-c", command], in: workspace.folder)
        #expect(run.status == 1)
        #expect(run.stderr == "out/\(Self.article)/\(Self.audience): error: cannot write the packet (File too large); the previous packet there is unchanged\n1 error, 0 warnings\n")
        #expect(FolderSnapshot(workspace.out) == before)
        #expect(workspace.debris() == [])
    }

    @Test("an output folder below a file is one clear error before anything is rendered, and the file is untouched")
    func outputBelowAFile() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let blocker = workspace.folder.appendingPathComponent("out/\(Self.article)/\(Self.audience)/student/briefing.txt")
        let before = FolderSnapshot(workspace.out)
        let run = try workspace.run(Self.packetArguments + ["--out", "out/\(Self.article)/\(Self.audience)/student/briefing.txt/more"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("out/\(Self.article)/\(Self.audience)/student/briefing.txt/more: error: cannot make the output folder: 'out/\(Self.article)/\(Self.audience)/student/briefing.txt' is a file\n"))
        #expect(FolderSnapshot(workspace.out) == before)
        #expect(FileManager.default.fileExists(atPath: blocker.path))
    }
}
