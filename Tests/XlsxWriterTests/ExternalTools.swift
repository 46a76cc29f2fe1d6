import Foundation
import TestHelpers

/// Runs the shared command-line checkers the tests rely on.
enum ExternalTools {
    /// The repository root, found from this file's path.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `Tests/tools/xlsx-lo-check`.
    static var xlsxLoCheck: URL { Tools.xlsxLoCheck }

    static func which(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program and returns its exit status and combined output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run(executable, arguments)
        return (result.status, result.output)
    }

    /// One member of a zip archive as text (`unzip -p`).
    static func unzipMember(_ archive: URL, _ member: String) throws -> String {
        try run("/usr/bin/unzip", ["-p", archive.path, member]).output
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xlsxwriter-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
