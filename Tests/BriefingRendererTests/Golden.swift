import Foundation
import Testing

/// The project's golden-file pattern: compare with `Golden/<name>`; `UPDATE_GOLDEN=1` rewrites it first.
enum Golden {
    static func check(_ data: Data, _ name: String, suite: String) throws {
        let url = RepositoryFiles.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: RepositoryFiles.golden, withIntermediateDirectories: true)
            try data.write(to: url)
        }
        let expected = try Data(contentsOf: url)
        #expect(data == expected, "\(name) differs from its golden file; run UPDATE_GOLDEN=1 swift test --filter \(suite) and review the diff")
    }
}
