import Foundation
import PacketModel

/// `manifest.json` of a packet: what was built from what, every file with its size and checksum,
/// and the notes and measured figures a teacher should see.
public struct Manifest: Codable, Sendable, Equatable {
    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var bytes: Int
        public var sha256: String
    }

    public var article: String
    public var title: String
    public var audience: String
    public var audienceName: String
    public var generator: String
    public var quizSeed: UInt64?
    public var files: [File]
    public var notes: [String]
    public var warnings: [String]
    public var metrics: [String: Double]

    /// The manifest as pretty-printed JSON with sorted keys and a final newline.
    public func json() throws -> Data {
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
