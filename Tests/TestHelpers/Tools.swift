import Foundation

/// Where the repository and its test tools are, and where programs on the PATH are.
public enum Tools {
    /// The repository root (this file is Tests/TestHelpers/Tools.swift).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/tools/xlsx-lo-check`: opens workbooks in LibreOffice and fails when a cached result
    /// differs from a recalculated one or a cell shows an error. Needs `soffice` and `python3`.
    public static let xlsxLoCheck = repository.appendingPathComponent("Tests/tools/xlsx-lo-check")

    /// The full path of a program on the PATH, if any.
    public static func which(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// One member of a zip archive as text (`unzip -p`; needs ``ExternalTool/unzip``).
    public static func unzipMember(_ archive: URL, _ member: String) throws -> String {
        try Subprocess.run("unzip", ["-p", archive.path, member]).output
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
