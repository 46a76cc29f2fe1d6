import Foundation
import TestHelpers
import Testing

@Suite("Hostile text")
struct InjectionTests {
    static let scripts = InvalidCase.fixtures.appendingPathComponent("scripts")
    static let readers = CLI.repo.appendingPathComponent("Tests/QuizExportTests/Readers")

    /// The base workspace with Fixtures/injection/ laid over it: definitions starting with
    /// = + - @, a definition and a claim holding < & ]]> ~ = # { } : a tab and a line break.
    func workspace() throws -> URL {
        let root = try TemporaryFolder.make("injection")
        let workspace = root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: InvalidCase.base, to: workspace)
        for path in ["seeds/demo/model.yaml", "templates/class/audience.yaml"] {
            let target = workspace.appendingPathComponent(path)
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: InvalidCase.fixtures.appendingPathComponent("injection/" + path), to: target)
        }
        return workspace
    }

    @Test("formula-like text stays text in every spreadsheet; < & ]]>, GIFT specials, tabs and line breaks survive every export",
          .requires(.openpyxl, .lxml, .pygiftparser))
    func hostileTextStaysText() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let inputs = FolderSnapshot(workspace.deletingLastPathComponent())
        let build = try CLI.run(["build"], in: workspace)
        #expect(build.status == 0, "\(build.stderr)")
        let check = try Subprocess.run("python3", [Self.scripts.appendingPathComponent("check_injection.py").path,
                                                   workspace.appendingPathComponent("out/demo/class").path, Self.readers.path])
        #expect(check.status == 0, "\(check.output)")
        // Nothing but out/ was written, anywhere around the workspace.
        let changed = FolderSnapshot(workspace.deletingLastPathComponent()).differences(from: inputs)
        #expect(!changed.isEmpty && changed.allSatisfy { $0 == "ws/out" || $0.hasPrefix("ws/out/") }, "\(changed)")
    }

    @Test("names that would leave the output folder are refused before anything is written",
          arguments: [["build", "--audience", "../../escape"], ["build", "--article", "seeds/../seeds/demo/.."],
                      ["new-audience", "../../escape", "--from", "class"], ["build", "--audience", "/tmp"]])
    func escapingNamesAreRefused(_ arguments: [String]) throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let before = FolderSnapshot(workspace.deletingLastPathComponent())
        let run = try CLI.run(arguments, in: workspace)
        #expect(run.status == 1)
        #expect(run.stderr.contains(": error: "), "\(run.stderr)")
        #expect(FolderSnapshot(workspace.deletingLastPathComponent()).differences(from: before) == [])
    }
}
