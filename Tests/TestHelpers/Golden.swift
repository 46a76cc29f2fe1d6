import Foundation
import Testing

/// Compares a test's output with a committed golden file, byte for byte.
///
/// On a mismatch the output is written beside the golden file as `<name>.actual` (git ignores
/// `*.actual`), and the issue names the file and shows the first line that differs (for a
/// binary file, the first byte). After an intended change, run with `UPDATE_GOLDEN=1` to
/// rewrite the golden files, review the diff, then run again without it: an updating run
/// always records an issue, so it can never pass as green.
public enum Golden {
    /// True when the environment sets `UPDATE_GOLDEN=1`.
    public static let updatingFromEnvironment = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

    /// What one comparison found and did.
    public enum Outcome: Equatable, Sendable {
        /// The output equals the golden file.
        case matched
        /// The output differs from the golden file (or there is none); it is in `actual`.
        case differed(message: String, actual: URL)
        /// `UPDATE_GOLDEN=1`: the golden file now holds the output.
        case updated(message: String)

        /// What to report, or nil when nothing is wrong.
        public var issue: String? {
            switch self {
            case .matched: nil
            case .differed(let message, _), .updated(let message): message
            }
        }
    }

    /// Checks `actual` against `golden` and records an issue unless they are equal (see ``Golden``).
    public static func check(_ actual: Data, against golden: URL, updating: Bool = updatingFromEnvironment,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            if let issue = try compare(actual, against: golden, updating: updating).issue {
                Issue.record(Comment(rawValue: issue), sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record(error, "cannot compare with the golden file \(shown(golden))", sourceLocation: sourceLocation)
        }
    }

    /// The comparison behind ``check(_:against:updating:sourceLocation:)``, without recording:
    /// writes `<golden>.actual` on a mismatch (and removes a stale one on a match), or rewrites
    /// `golden` when `updating`.
    public static func compare(_ actual: Data, against golden: URL, updating: Bool = updatingFromEnvironment) throws -> Outcome {
        let actualURL = golden.appendingPathExtension("actual")
        let expected = FileManager.default.contents(atPath: golden.path)
        if updating {
            try? FileManager.default.removeItem(at: actualURL)
            guard expected != actual else {
                return .updated(message: "UPDATE_GOLDEN=1: \(shown(golden)) already matches; run again without UPDATE_GOLDEN")
            }
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden)
            return .updated(message: "golden file updated: \(shown(golden)) — review the diff and run again without UPDATE_GOLDEN")
        }
        guard expected != actual else {
            try? FileManager.default.removeItem(at: actualURL)
            return .matched
        }
        try actual.write(to: actualURL)
        let difference = expected.map { firstDifference(expected: $0, actual: actual) } ?? "there is no golden file yet"
        return .differed(message: """
            \(shown(golden)) differs from the output: \(difference)
            The output is in \(actualURL.lastPathComponent) beside it. If the change is intended, \
            run again with UPDATE_GOLDEN=1 and review the diff.
            """, actual: actualURL)
    }

    /// Where two different contents first part: a line (number, expected, actual) for UTF-8 text,
    /// a byte offset otherwise (or when the lines agree and only a final newline differs).
    public static func firstDifference(expected: Data, actual: Data) -> String {
        if isText(expected), isText(actual) {
            let expectedLines = lines(expected), actualLines = lines(actual)
            for index in 0..<max(expectedLines.count, actualLines.count) {
                let want = index < expectedLines.count ? expectedLines[index] : nil
                let got = index < actualLines.count ? actualLines[index] : nil
                if want != got {
                    return "first difference at line \(index + 1)\n  expected: \(quoted(want))\n  actual:   \(quoted(got))"
                }
            }
        }
        let offset = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expected.count, actual.count)
        func byte(_ data: Data) -> String {
            offset < data.count ? String(format: "0x%02X", data[data.startIndex + offset]) : "(end of file)"
        }
        return "first difference at byte \(offset)\n  expected: \(byte(expected)) (\(expected.count) bytes)\n"
            + "  actual:   \(byte(actual)) (\(actual.count) bytes)"
    }

    /// UTF-8 without NUL bytes.
    private static func isText(_ data: Data) -> Bool {
        !data.contains(0) && String(data: data, encoding: .utf8) != nil
    }

    /// The lines of a text, split at each LF byte (a CR stays part of its line); a final LF ends
    /// the last line rather than starting an empty one.
    private static func lines(_ data: Data) -> [Data] {
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        if data.last == 0x0A { lines.removeLast() }
        return lines
    }

    /// A line in quotes with control characters and quotes escaped, cut to 200 characters.
    private static func quoted(_ line: Data?) -> String {
        guard let line else { return "(end of file)" }
        let text = String(decoding: line, as: UTF8.self)
        return String(reflecting: text.count > 200 ? String(text.prefix(200)) + "…" : text)
    }

    /// The path from the repository root when the file is inside it.
    private static func shown(_ url: URL) -> String {
        let root = Tools.repository.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
