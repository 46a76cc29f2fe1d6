import Foundation

/// Runs a program to completion for a test. Output is captured through files rather than
/// pipes, so a program that prints a lot on both streams can never block on a full pipe.
public enum Subprocess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Standard output followed by standard error.
        public var output: String { stdout + stderr }
    }

    /// Runs `program` (a path, or a name looked up on the PATH) with `arguments`.
    public static func run(_ program: String, _ arguments: [String], in directory: URL? = nil,
                           input: Data? = nil) throws -> Result {
        let folder = try TemporaryFolder.make("subprocess")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        let inURL = folder.appendingPathComponent("stdin")
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        _ = FileManager.default.createFile(atPath: inURL.path, contents: input ?? Data())
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let stdin = try FileHandle(forReadingFrom: inURL)
        defer { try? out.close(); try? err.close(); try? stdin.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.contains("/") ? program : (Tools.which(program) ?? program))
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a Python 3 snippet with arguments.
    public static func python(_ code: String, _ arguments: [String] = [], input: Data? = nil) throws -> Result {
        try run("python3", ["-c", code] + arguments, input: input)
    }
}
