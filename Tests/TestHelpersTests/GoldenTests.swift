import Foundation
import TestHelpers
import Testing

// Tests of Tests/TestHelpers (see ExternalToolTests.swift for why they live in this target).

@Suite("Golden files: the shared comparison")
final class GoldenTests: Sendable {
    let folder: URL
    let golden: URL
    var actualFile: URL { golden.appendingPathExtension("actual") }

    init() throws {
        folder = try TemporaryFolder.make("golden-tests")
        golden = folder.appendingPathComponent("sample.txt")
        try Data("alpha\nbeta\ngamma\n".utf8).write(to: golden)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func contents(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("an output equal to its golden file matches, leaves no .actual file and removes a stale one")
    func matching() throws {
        try Data("old output".utf8).write(to: actualFile)
        let outcome = try Golden.compare(Data("alpha\nbeta\ngamma\n".utf8), against: golden, updating: false)
        #expect(outcome == .matched)
        #expect(outcome.issue == nil)
        #expect(!FileManager.default.fileExists(atPath: actualFile.path))
    }

    @Test("a different text output fails, is written to <name>.actual, and the issue shows the first differing line")
    func differentText() throws {
        let output = Data("alpha\nbeta\ngamma ray\n".utf8)
        let outcome = try Golden.compare(output, against: golden, updating: false)
        #expect(outcome == .differed(message: try #require(outcome.issue), actual: actualFile))
        #expect(FileManager.default.contents(atPath: actualFile.path) == output)
        #expect(contents(golden) == "alpha\nbeta\ngamma\n", "the golden file is left alone")
        let issue = try #require(outcome.issue)
        #expect(issue.contains(golden.path))
        #expect(issue.contains("sample.txt.actual"))
        #expect(issue.contains("first difference at line 3\n  expected: \"gamma\"\n  actual:   \"gamma ray\""), "\(issue)")
        #expect(issue.contains("UPDATE_GOLDEN=1"))
    }

    @Test("a text output with a line more or less reports the end of the file on the shorter side")
    func differentLength() throws {
        let issue = try #require(try Golden.compare(Data("alpha\nbeta\n".utf8), against: golden, updating: false).issue)
        #expect(issue.contains("first difference at line 3\n  expected: \"gamma\"\n  actual:   (end of file)"), "\(issue)")
    }

    @Test("control characters in a differing line are shown escaped, so a stray CR is visible")
    func escapedLine() {
        let difference = Golden.firstDifference(expected: Data("a\nb\n".utf8), actual: Data("a\nb\r\n".utf8))
        #expect(difference == "first difference at line 2\n  expected: \"b\"\n  actual:   \"b\\r\"")
    }

    @Test("a text output that differs only in its final newline is reported by byte offset")
    func finalNewline() {
        let difference = Golden.firstDifference(expected: Data("a\nb\n".utf8), actual: Data("a\nb".utf8))
        #expect(difference == "first difference at byte 3\n  expected: 0x0A (4 bytes)\n  actual:   (end of file) (3 bytes)")
    }

    @Test("a different binary output reports the offset of the first differing byte and both sizes")
    func differentBinary() throws {
        let binary = folder.appendingPathComponent("sample.zip")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]).write(to: binary)
        let output = Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x02, 0x07])
        let issue = try #require(try Golden.compare(output, against: binary, updating: false).issue)
        #expect(issue.contains("first difference at byte 5\n  expected: 0x01 (6 bytes)\n  actual:   0x02 (7 bytes)"), "\(issue)")
        #expect(FileManager.default.contents(atPath: binary.appendingPathExtension("actual").path) == output)
    }

    @Test("a missing golden file is a failure that leaves the output in <name>.actual")
    func missingGolden() throws {
        let absent = folder.appendingPathComponent("new.txt")
        let outcome = try Golden.compare(Data("x\n".utf8), against: absent, updating: false)
        let issue = try #require(outcome.issue)
        #expect(issue.contains("there is no golden file yet"))
        #expect(contents(absent.appendingPathExtension("actual")) == "x\n")
        #expect(!FileManager.default.fileExists(atPath: absent.path))
    }

    @Test("UPDATE_GOLDEN rewrites the golden file and still reports an issue, so the run is not green")
    func updating() throws {
        try Data("stale".utf8).write(to: actualFile)
        let outcome = try Golden.compare(Data("alpha\nBETA\n".utf8), against: golden, updating: true)
        #expect(outcome == .updated(message: try #require(outcome.issue)))
        #expect(outcome.issue?.hasPrefix("golden file updated: \(golden.path) — review the diff and run again without UPDATE_GOLDEN") == true)
        #expect(contents(golden) == "alpha\nBETA\n")
        #expect(!FileManager.default.fileExists(atPath: actualFile.path))
        // Updating an already-equal file is reported too.
        let again = try Golden.compare(Data("alpha\nBETA\n".utf8), against: golden, updating: true)
        #expect(again.issue?.contains("already matches; run again without UPDATE_GOLDEN") == true)
    }

    @Test("UPDATE_GOLDEN creates a golden file that does not exist yet, with its folder")
    func updatingCreates() throws {
        let new = folder.appendingPathComponent("Golden/new.txt")
        #expect(try Golden.compare(Data("made\n".utf8), against: new, updating: true).issue != nil)
        #expect(contents(new) == "made\n")
    }

    @Test("check records an issue on a mismatch and on an update, and none on a match")
    func checkRecords() {
        withKnownIssue("a mismatch is recorded") {
            Golden.check(Data("alpha\n".utf8), against: golden, updating: false)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("first difference at line 2") }
        }
        withKnownIssue("an update is recorded") {
            Golden.check(Data("alpha\nbeta\ngamma\n".utf8), against: golden, updating: true)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("already matches") }
        }
        Golden.check(Data("alpha\nbeta\ngamma\n".utf8), against: golden, updating: false)
    }
}
