import Foundation
import TestHelpers
import Testing

/// Ctrl-C (SIGINT) or `kill` (SIGTERM) while a build writes its packets: the build finishes the
/// packet it is moving into place, removes its staging folders, and exits with 130 or 143. No
/// staging folder and no workbook temporary file is left, and every packet is whole.
@Suite("Interrupted builds", .serialized)
struct InterruptionTests {
    enum Stop: Int32, CaseIterable, CustomTestStringConvertible {
        case interrupt = 2, terminate = 15
        var testDescription: String { self == .interrupt ? "SIGINT" : "SIGTERM" }
        var status: Int32 { 128 + rawValue }
    }

    /// Staging folders and workbook temporary files in `temporary`, and hidden entries under `out`.
    static func debris(temporary: URL, out: URL) -> [String] {
        let inTemp = ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [])
            .filter { $0.hasPrefix(".packet-staging-") || $0.hasPrefix("xlsxwriter-") }
        let inOut = (FileManager.default.enumerator(atPath: out.path)?.allObjects.compactMap { $0 as? String } ?? [])
            .filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }
        return inTemp + inOut
    }

    @Test("a build stopped while it writes exits with 128 + the signal and leaves whole packets and no debris",
          arguments: Stop.allCases)
    func stoppedWhileWriting(_ stop: Stop) throws {
        let root = try TemporaryFolder.make("interrupt")
        let workspace = root.appendingPathComponent("ws"), temporary = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        for name in ["seeds", "templates"] {
            try FileManager.default.copyItem(at: InvalidCase.base.appendingPathComponent(name), to: workspace.appendingPathComponent(name))
        }
        for k in 2...6 {   // more audiences: more packets being written at once
            try FileManager.default.copyItem(at: workspace.appendingPathComponent("templates/class"),
                                             to: workspace.appendingPathComponent("templates/class\(k)"))
        }
        let out = workspace.appendingPathComponent("out")
        // The packets a finished build writes with each of the two quiz seeds.
        for seed in ["1", "2"] {
            let build = try CLI.run(["build", "--seed", seed, "--out", root.appendingPathComponent("seed-\(seed)").path], in: workspace)
            #expect(build.status == 0, "\(build.stderr)")
        }
        #expect(try CLI.run(["build", "--seed", "1"], in: workspace).status == 0)

        var caught = 0
        for attempt in 0..<12 where caught < 2 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["TMPDIR=\(temporary.path)", CLI.executable.path, "build", "--seed", attempt % 2 == 0 ? "2" : "1"]
            process.currentDirectoryURL = workspace
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Signal the moment a staging folder appears: the build is writing a packet.
            var writing = false
            while process.isRunning && !writing {
                writing = ((try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [])
                    .contains { $0.hasPrefix(".packet-staging-") }
                if !writing { usleep(500) }
            }
            kill(process.processIdentifier, stop.rawValue)
            process.waitUntilExit()
            // The build may have finished between the staging folder showing and the signal
            // (exit 0, on a loaded machine): a stop counts only when the signal found it running.
            #expect([0, stop.status].contains(process.terminationStatus), "attempt \(attempt)")
            if writing && process.terminationStatus == stop.status { caught += 1 }
            #expect(Self.debris(temporary: temporary, out: out) == [], "attempt \(attempt)")
            for audience in ["class"] + (2...6).map({ "class\($0)" }) {
                let packet = FolderSnapshot(out.appendingPathComponent("demo/\(audience)"))
                #expect([1, 2].contains { packet == FolderSnapshot(root.appendingPathComponent("seed-\($0)/demo/\(audience)")) },
                        "attempt \(attempt): \(audience) is neither packet")
            }
        }
        #expect(caught >= 1, "no build was stopped while writing")
    }
}
