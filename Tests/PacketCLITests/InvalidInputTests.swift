import Foundation
import TestHelpers
import Testing

/// The base workspace of Fixtures/base/, built once: every case starts from a copy of it, so
/// each has a previous packet in out/ that a failed run must leave exactly as it was.
enum BuiltBase {
    static let folder: Result<URL, any Error> = Result {
        let root = try TemporaryFolder.make("invalid-base")
        let workspace = root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: InvalidCase.base, to: workspace)
        let run = try CLI.run(["build"], in: workspace)
        guard run.status == 0 else { throw BaseBuildFailed(stderr: run.stderr) }
        return workspace
    }

    struct BaseBuildFailed: Error, CustomStringConvertible {
        let stderr: String
        var description: String { "the base workspace Fixtures/base does not build:\n\(stderr)" }
    }
}

@Suite("Bad input")
struct InvalidInputTests {
    /// `path: error: …`, `path:line: error: …` or `path:line:col: warning: …`.
    static func isDiagnostic(_ line: String) -> Bool {
        line.wholeMatch(of: /[^:\s][^:]*(:\d+(:\d+)?)?: (error|warning): .+/) != nil
    }

    /// The closing count, `2 errors, 0 warnings`.
    static func isSummary(_ line: String) -> Bool {
        line.wholeMatch(of: /\d+ errors?, \d+ warnings?/) != nil
    }

    @Test("the corpus holds at least 60 cases, each with an expected diagnostic")
    func corpusIsComplete() {
        let cases = InvalidCase.all
        #expect(cases.count >= 60)
        for broken in cases {
            #expect(!broken.arguments.isEmpty && !broken.expected.isEmpty, "\(broken.name): case.txt needs args: and expect: lines")
        }
    }

    @Test("each broken input fails with exactly its file:line diagnostics, no crash, and changes nothing on disk",
          arguments: InvalidCase.all)
    func brokenInputIsReported(_ broken: InvalidCase) throws {
        let base = try BuiltBase.folder.get()
        let root = try TemporaryFolder.make("invalid-\(broken.name)")
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = root.appendingPathComponent("ws")
        try FileManager.default.copyItem(at: base, to: workspace)
        let packet = FolderSnapshot(workspace.appendingPathComponent("out"))
        try broken.apply(to: workspace)
        let before = FolderSnapshot(root)

        let run = try CLI.run(broken.arguments, in: workspace)

        #expect(run.status != 0, "exit status 0")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump") && !run.stderr.contains("Error Domain"),
                "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        for line in lines {
            #expect(Self.isDiagnostic(line) || Self.isSummary(line),
                    "not a path:line:col diagnostic: \(line)")
        }
        let errors = lines.filter { Self.isDiagnostic($0) && $0.contains(": error: ") }
        #expect(errors.sorted() == broken.expected.sorted(), "stderr:\n\(run.stderr)")
        #expect(FolderSnapshot(workspace.appendingPathComponent("out")) == packet, "out/ changed")
        #expect(FolderSnapshot(root).differences(from: before) == [], "files written or changed")
    }

    @Test("a spreadsheet's CSV UTF-8 export (BOM, CRLF, blank and comma-only rows) is accepted and every student graded",
          .requires(.python3))
    func spreadsheetExportIsAccepted() throws {
        let workspace = try TemporaryFolder.make("responses-export")
        defer { try? FileManager.default.removeItem(at: workspace) }
        for folder in ["seeds", "templates"] {
            try FileManager.default.copyItem(at: InvalidCase.base.appendingPathComponent(folder), to: workspace.appendingPathComponent(folder))
        }
        let csv = "\u{FEFF}student,1,2,3,4\r\nAna Lind,B,A,C,500\r\n\r\n,,,,\r\nBo Sá,A,B,C,400\r\n,,,,\r\n\r\n"
        try Data(csv.utf8).write(to: workspace.appendingPathComponent("class.csv"))
        let run = try CLI.run(["build", "--article", "demo", "--audience", "class", "--responses", "class.csv"], in: workspace)
        #expect(run.status == 0, "\(run.stderr)")
        let workbook = workspace.appendingPathComponent("out/demo/class/teacher/workbook.xlsx").path
        let strings = try Subprocess.python("""
            import sys, zipfile
            print(zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode())
            """, [workbook])
        #expect(strings.stdout.contains(">Ana Lind<") && strings.stdout.contains(">Bo Sá<"), "\(strings.output)")
    }
}
