import Foundation

/// Where the repository and the shared tools are, and where programs on the PATH are.
public enum Tools {
    /// The repository root (this file is Tests/TestHelpers/Tools.swift).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/tools/xlsx-lo-check` beside the repository.
    public static var xlsxLoCheck: URL {
        repository.deletingLastPathComponent().appendingPathComponent("shared/tools/xlsx-lo-check")
    }

    /// The full path of a program on the PATH, if any.
    public static func which(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Fresh folders under the system's temporary folder.
public enum TemporaryFolder {
    public static func make(_ prefix: String = "packet-tests") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
