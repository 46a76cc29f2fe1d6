import Foundation
import TestHelpers

/// Runs one of the Python readers in `Readers/` on an exported file and decodes the JSON it
/// prints. The readers use real parsers (pygiftparser, lxml, openpyxl, zipfile, csv).
enum PythonReader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let readers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Readers")

    /// Writes `data` to a temporary file named `name`, runs `script` on it and decodes stdout.
    static func read<T: Decodable>(_ type: T.Type, script: String, data: Data, name: String,
                                   arguments: [String] = []) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quizexport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        let output = try run(script: script, arguments: [file.path] + arguments)
        return try JSONDecoder().decode(T.self, from: output)
    }

    static func run(script: String, arguments: [String]) throws -> Data {
        let result = try Subprocess.run("python3", [readers.appendingPathComponent(script).path] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "\(script) failed: \(result.stderr)")
        }
        return Data(result.stdout.utf8)
    }
}
