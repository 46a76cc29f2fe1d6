import Foundation

/// Every file (with its bytes) and folder under a root, by relative path: two snapshots are
/// equal only when nothing was written, changed, created or removed, hidden entries included.
struct FolderSnapshot: Equatable {
    /// Relative path → the file's bytes, or `nil` for a folder.
    private(set) var entries: [String: Data?] = [:]

    init(_ root: URL) {
        let fm = FileManager.default
        let base = root.standardizedFileURL.path
        guard let walker = fm.enumerator(atPath: base) else { return }
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: base + "/" + path, isDirectory: &isFolder) else { continue }
            entries[path] = isFolder.boolValue ? .some(nil) : .some(fm.contents(atPath: base + "/" + path))
        }
    }

    /// The paths that differ between two snapshots, sorted.
    func differences(from other: FolderSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
    }
}
