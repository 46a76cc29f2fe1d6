import Foundation
import ZIPFoundation

/// Builds a zip archive in memory whose bytes depend only on its entries: entries are written
/// in the order given, each with the same fixed modification date and permissions.
enum DeterministicZip {
    /// 2000-01-01 00:00:00 UTC, a date the MS-DOS timestamps in zip headers can hold.
    static let modificationDate = Date(timeIntervalSince1970: 946_684_800)

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The archive holding `entries` (path inside the zip, contents), deflated.
    static func archive(_ entries: [(path: String, data: Data)]) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw Failure(description: "could not start a zip archive: \(error)")
        }
        for entry in entries {
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(entry.data.count),
                                 modificationDate: modificationDate, permissions: 0o644,
                                 compressionMethod: .deflate) { position, size in
                let start = Int(position)
                return entry.data.subdata(in: start..<min(start + size, entry.data.count))
            }
        }
        guard let data = archive.data else { throw Failure(description: "zip archive has no data") }
        return data
    }
}
