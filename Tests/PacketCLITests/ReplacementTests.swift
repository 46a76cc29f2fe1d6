import Foundation
import TestHelpers
import Testing

/// A build replaces only packets it wrote itself. A teacher's file saved in a packet folder, an
/// edited file, a folder that is no packet, an output folder that holds other things: each stops
/// the build with one line naming it before anything is written; --force keeps the old folder.
@Suite("Replacing packet folders", .serialized)
struct ReplacementTests {
    /// A copy of the corpus's base workspace (seeds/demo, templates/class and a second audience
    /// `class2`), built once.
    struct Workspace {
        let folder: URL
        var out: URL { folder.appendingPathComponent("out") }

        init(build: Bool = true) throws {
            folder = try TemporaryFolder.make("replace").appendingPathComponent("ws")
            for name in ["seeds", "templates"] {
                try FileManager.default.copyItem(at: InvalidCase.base.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
            try FileManager.default.copyItem(at: folder.appendingPathComponent("templates/class"),
                                             to: folder.appendingPathComponent("templates/class2"))
            if build {
                let first = try CLI.run(["build"], in: folder)
                guard first.status == 0 else { throw Failure(description: first.stderr) }
            }
        }

        func run(_ arguments: [String]) throws -> CLI.Run { try CLI.run(arguments, in: folder) }

        func write(_ text: String, to path: String) throws {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    @Test("a teacher's file saved in one packet folder stops the whole build before anything is written, naming the file")
    func foreignFile() throws {
        let workspace = try Workspace()
        try workspace.write("name,score\nAna,9\n", to: "out/demo/class2/grades-2026.csv")
        let before = FolderSnapshot(workspace.out)
        let run = try workspace.run(["build", "--seed", "9"])
        #expect(run.status == 1)
        #expect(run.stderr == "out/demo/class2: error: not replacing this folder: 'grades-2026.csv' is not a file the last build "
                + "wrote (use --force to keep the old folder as class2.bak-1 and build anew)\n1 error, 0 warnings\n")
        #expect(FolderSnapshot(workspace.out) == before)
    }

    @Test("an edited answer key, a folder of the teacher's and a folder without a manifest each stop the build")
    func otherDifferences() throws {
        let workspace = try Workspace()
        let key = workspace.out.appendingPathComponent("demo/class/teacher/answer-key-A.txt")
        try Data((try String(contentsOf: key, encoding: .utf8) + "Question 3 is void.\n").utf8).write(to: key)
        try FileManager.default.createDirectory(at: workspace.out.appendingPathComponent("demo/class2/my notes"), withIntermediateDirectories: true)
        let before = FolderSnapshot(workspace.out)
        let run = try workspace.run(["build"])
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n") == [
            "out/demo/class: error: not replacing this folder: 'teacher/answer-key-A.txt' was changed after the last build wrote it "
                + "(it no longer matches its SHA-256 in manifest.json) (use --force to keep the old folder as class.bak-1 and build anew)",
            "out/demo/class2: error: not replacing this folder: 'my notes/' is not a folder the last build wrote (use --force "
                + "to keep the old folder as class2.bak-1 and build anew)",
            "2 errors, 0 warnings",
        ])
        #expect(FolderSnapshot(workspace.out) == before)
        try FileManager.default.removeItem(at: workspace.out.appendingPathComponent("demo/class2/manifest.json"))
        let noManifest = try workspace.run(["build", "--audience", "class2"])
        #expect(noManifest.stderr.hasPrefix("out/demo/class2: error: not replacing this folder: it holds no manifest.json, so it is not a packet this program wrote"))
    }

    @Test("--force keeps the old folder, the teacher's file in it, as <audience>.bak-1 and builds anew")
    func forceKeepsOldFolder() throws {
        let workspace = try Workspace()
        try workspace.write("name,score\nAna,9\n", to: "out/demo/class/grades-2026.csv")
        let run = try workspace.run(["build", "--audience", "class", "--force"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("out/demo/class: 18 files\n  kept the folder that was there as out/demo/class.bak-1\n"))
        #expect(FileManager.default.fileExists(atPath: workspace.out.appendingPathComponent("demo/class.bak-1/grades-2026.csv").path))
        #expect(!FileManager.default.fileExists(atPath: workspace.out.appendingPathComponent("demo/class/grades-2026.csv").path))
        let again = try workspace.run(["build", "--audience", "class"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("--out naming a folder that holds other things and no packets is refused; --force adds packets and keeps what was there")
    func outputFolderOfOtherThings() throws {
        let workspace = try Workspace(build: false)
        let before = FolderSnapshot(workspace.folder)
        let run = try workspace.run(["build", "--out", "templates"])
        #expect(run.stderr == "templates: error: not writing packets into this folder: it holds other things ('_shared', 'class', "
                + "'class2') and no packets; choose a new or empty folder for --out, or use --force to add the packets to it\n1 error, 0 warnings\n")
        #expect(FolderSnapshot(workspace.folder) == before)
        // An article folder named like an audience, built into the templates folder with --force:
        // the audience's templates are kept as class.bak-1, never deleted.
        try FileManager.default.copyItem(at: workspace.folder.appendingPathComponent("seeds/demo"),
                                         to: workspace.folder.appendingPathComponent("seeds/templates"))
        let forced = try workspace.run(["build", "--out", ".", "--article", "seeds/templates", "--audience", "class", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("kept the folder that was there as ./templates/class.bak-1"))
        #expect(FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("templates/class.bak-1/audience.yaml").path))
    }

    @Test("three first builds of one packet at once all succeed, one after the other, and leave one whole packet")
    func simultaneousFirstBuilds() throws {
        let workspace = try Workspace(build: false)
        let errors = (0..<3).map { workspace.folder.appendingPathComponent("stderr-\($0)") }
        let processes = try errors.map { url -> Process in
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["build", "--audience", "class"]
            process.currentDirectoryURL = workspace.folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: url)
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        for (process, url) in zip(processes, errors) {
            let stderr = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(stderr)")
        }
        let reference = try Workspace(build: false)
        #expect(try reference.run(["build", "--audience", "class"]).status == 0)
        #expect(FolderSnapshot(workspace.out) == FolderSnapshot(reference.out))
    }

    @Test("an --out too deep for the system's path limit is one error, and no folder is made")
    func tooDeep() throws {
        let workspace = try Workspace(build: false)
        let deep = Array(repeating: "d", count: 2_100).joined(separator: "/")
        let run = try workspace.run(["build", "--out", deep])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(deep): error: the path is "))
        #expect(run.stderr.hasSuffix(" bytes long; with the packet's own folders and files it would pass the system's limit of 4096 bytes for a path: choose a shorter --out\n1 error, 0 warnings\n"))
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("d").path))
    }

    @Test("an empty --out, --seeds or --templates is a usage error", arguments: ["--out", "--seeds", "--templates"])
    func emptyFolderOptions(_ option: String) throws {
        let run = try CLI.run(["build", option, ""], in: try TemporaryFolder.make("empty-option"))
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: \(option) must name a folder\n"))
    }
}
