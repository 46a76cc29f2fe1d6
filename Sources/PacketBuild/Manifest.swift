import Foundation
import PacketModel

/// `manifest.json` of a packet: what was built from what, every file with its size and checksum,
/// and the notes and measured figures a teacher should see.
package struct Manifest: Codable, Sendable, Equatable {
    package struct File: Codable, Sendable, Equatable {
        package var path: String
        package var bytes: Int
        package var sha256: String
    }

    package var article: String
    package var title: String
    package var audience: String
    package var audienceName: String
    package var generator: String
    var quizSeed: UInt64?
    package var files: [File]
    package var notes: [String]
    package var warnings: [String]
    package var metrics: [String: Double]
    /// `true` for a review copy of an unreviewed draft; absent otherwise.
    package var draft: Bool?

    /// The manifest as pretty-printed JSON with sorted keys and a final newline.
    package func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Lists `files` (sorted by path) with sizes and checksums.
    static func entries(_ files: [PacketFile]) -> [File] {
        files.sorted { $0.path < $1.path }.map { File(path: $0.path, bytes: $0.data.count, sha256: SHA256.hex($0.data)) }
    }
}
