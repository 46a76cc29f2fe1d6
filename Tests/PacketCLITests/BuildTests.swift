import Foundation
import TestHelpers
import Testing

@Suite("Building packets", .serialized)
struct BuildTests {
    /// Builds the repository's seeds for every audience into a fresh folder.
    func buildSeeds(extra: [String] = []) throws -> (URL, CLI.Run) {
        let out = try CLI.temporaryFolder().appendingPathComponent("out")
        let run = try CLI.run(["build", "--out", out.path] + extra)
        return (out, run)
    }

    /// The committed out/ files are golden files (see ``Golden``): a file that differs leaves the
    /// fresh one beside it as `<file>.actual`. After an intended change, run `swift run packet
    /// build` (or this test with UPDATE_GOLDEN=1) and commit out/.
    @Test("the committed out/ folder is exactly what a fresh build produces")
    func committedOutputIsFresh() throws {
        let (out, run) = try buildSeeds()
        #expect(run.status == 0, "\(run.stderr)")
        let fresh = CLI.snapshot(out)
        let committed = CLI.snapshot(CLI.repo.appendingPathComponent("out")).filter { !$0.key.hasSuffix(".actual") }
        #expect(!fresh.isEmpty)
        #expect(fresh.keys.sorted() == committed.keys.sorted(), "run `swift run packet build` and commit out/")
        for (path, data) in fresh.sorted(by: { $0.key < $1.key }) {
            Golden.check(data, against: CLI.repo.appendingPathComponent("out/\(path)"))
        }
    }

    @Test("two builds of the same inputs are byte-identical, file by file, and --quiet changes only what is printed")
    func buildsAreReproducible() throws {
        let (first, run1) = try buildSeeds(extra: ["--jobs", "1"])
        let (second, run2) = try buildSeeds(extra: ["--jobs", "2", "--quiet"])
        #expect(run1.status == 0 && run2.status == 0, "\(run1.stderr)\(run2.stderr)")
        let a = CLI.snapshot(first), b = CLI.snapshot(second)
        #expect(!a.isEmpty && a == b)
        // Quiet: one line per packet, each with the count of the notes its manifest.json keeps.
        let loud = run1.stdout.replacingOccurrences(of: first.path, with: "out").split(separator: "\n")
        let quiet = run2.stdout.replacingOccurrences(of: second.path, with: "out").split(separator: "\n")
        let packets = loud.filter { !$0.hasPrefix(" ") }
        #expect(!packets.isEmpty && loud.contains { $0.hasPrefix("  note: ") })
        #expect(quiet.count == packets.count && !quiet.contains { $0.contains("note: ") })
        for (line, packet) in zip(quiet, packets) {
            let notes = loud.drop { $0 != packet }.dropFirst().prefix { $0.hasPrefix("  note: ") }.count
            #expect(line == packet + (notes == 0 ? "" : " (\(notes) note\(notes == 1 ? "" : "s") in manifest.json)"))
        }
    }

    @Test("every packet's manifest lists each of its files with the right size and SHA-256", .requires(.sha256sum))
    func manifestsAreTrue() throws {
        let (out, run) = try buildSeeds()
        #expect(run.status == 0, "\(run.stderr)")
        let files = CLI.snapshot(out)
        let manifests = files.keys.filter { $0.hasSuffix("/manifest.json") }
        #expect(!manifests.isEmpty)
        for path in manifests {
            let folder = String(path.dropLast("manifest.json".count))
            let json = try JSONSerialization.jsonObject(with: files[path]!) as? [String: Any]
            let entries = try #require(json?["files"] as? [[String: Any]])
            let listed = Set(entries.compactMap { $0["path"] as? String })
            let present = Set(files.keys.filter { $0.hasPrefix(folder) && $0 != path }.map { String($0.dropFirst(folder.count)) })
            #expect(listed == present, "\(path)")
            for entry in entries {
                let file = try #require(entry["path"] as? String)
                let data = try #require(files[folder + file])
                #expect(entry["bytes"] as? Int == data.count)
                #expect(entry["sha256"] as? String == (try Self.sha256sum(out.appendingPathComponent(folder + file))))
            }
        }
    }

    @Test("a build with a broken model writes nothing and leaves earlier packets untouched")
    func brokenInputChangesNothing() throws {
        let workspace = try CLI.temporaryFolder()
        for folder in ["seeds", "templates"] {
            try FileManager.default.copyItem(at: CLI.repo.appendingPathComponent(folder), to: workspace.appendingPathComponent(folder))
        }
        let good = try CLI.run(["build"], in: workspace)
        #expect(good.status == 0, "\(good.stderr)")
        let before = CLI.snapshot(workspace.appendingPathComponent("out"))
        let model = workspace.appendingPathComponent("seeds/isis-after-mosul/model.yaml")
        let text = try String(contentsOf: model, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "genre: opinion", with: "genre: opinon").utf8).write(to: model)
        let bad = try CLI.run(["build"], in: workspace)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("seeds/isis-after-mosul/model.yaml:"))
        #expect(bad.stderr.contains("error: 'genre' must be one of news, opinion, analysis, editorial, speech, science, explainer, found 'opinon'"))
        #expect(CLI.snapshot(workspace.appendingPathComponent("out")) == before)
    }

    /// The SHA-256 of a file as computed by coreutils, independently of the project's code.
    static func sha256sum(_ url: URL) throws -> String {
        String(try Subprocess.run("sha256sum", [url.path]).stdout.prefix(64))
    }
}
