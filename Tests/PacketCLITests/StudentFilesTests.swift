import Foundation
import TestHelpers
import Testing

@Suite("What students see", .requires(.python3))
struct StudentFilesTests {
    static let scanner = InvalidCase.fixtures.appendingPathComponent("scripts/scan_student_files.py").path

    @Test("no student file of any seed packet holds a correct answer, an explanation, a key or a teacher marker of its form")
    func studentFilesHoldNoAnswers() throws {
        let out = try TemporaryFolder.make("student-files").appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let build = try CLI.run(["build", "--out", out.path])
        #expect(build.status == 0, "\(build.stderr)")

        let scan = try Subprocess.run("python3", [Self.scanner, out.path])
        #expect(scan.status == 0 && scan.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(scan.output)")
        // Every article of seeds/ for every audience of templates/.
        let articles = try FileManager.default.contentsOfDirectory(atPath: CLI.repo.appendingPathComponent("seeds").path)
            .filter { FileManager.default.fileExists(atPath: CLI.repo.appendingPathComponent("seeds/\($0)/model.yaml").path) }
        let audiences = try FileManager.default.contentsOfDirectory(atPath: CLI.repo.appendingPathComponent("templates").path)
            .filter { FileManager.default.fileExists(atPath: CLI.repo.appendingPathComponent("templates/\($0)/audience.yaml").path) }
        #expect(articles.count >= 5 && audiences.count >= 4)
        #expect(scan.stderr.contains("scanned \(articles.count * audiences.count) packets"), "\(scan.stderr)")

        // The same scan over each teacher answer key, in place of its student form, finds every
        // kind of leak: the check can fail.
        let swapped = try Subprocess.run("python3", [Self.scanner, out.path, "--swap"])
        #expect(swapped.status == 1)
        for kind in ["explanation of form A", "key line", "teacher marker 'Answer key'", "accepted answer"] {
            #expect(swapped.stdout.contains(kind), "the scan does not detect: \(kind)")
        }
    }
}
