import Foundation
import Synchronization
import PacketLoading
import PacketModel

/// What stands where a packet is to be written, judged against the manifest the last build left
/// there: a build replaces only a packet it wrote itself, so a teacher's file saved in a packet
/// folder (a class's grades, an edited answer key) or a folder that is no packet at all (an
/// audience's templates, when `--out` points at the project) is never deleted.
enum PacketFolder {
    enum State {
        /// Nothing there.
        case absent
        /// A packet this program wrote, every file as its manifest lists it (a deleted file is
        /// fine: nothing is lost by writing it again).
        case written(Manifest)
        /// Something else; `reason` says what differs, e.g. "'grades.csv' is not a file the last build wrote".
        case foreign(reason: String)
    }

    /// What is at `folder`.
    static func state(of folder: URL) -> State {
        var info = stat()
        guard lstat(folder.path, &info) == 0 else { return .absent }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return .foreign(reason: info.st_mode & S_IFMT == S_IFLNK ? "it is a link, not a packet folder" : "it is a file, not a packet folder")
        }
        let manifestURL = folder.appendingPathComponent("manifest.json")
        guard InputFile.kind(manifestURL.path) == .file else {
            return .foreign(reason: "it holds no manifest.json, so it is not a packet this program wrote")
        }
        guard let data = try? Data(contentsOf: manifestURL),
              let manifest = try? Manifest.decoder.decode(Manifest.self, from: data) else {
            return .foreign(reason: "its manifest.json is not one this program writes")
        }
        let listed = Dictionary(manifest.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var listedFolders: Set<String> = []
        for path in listed.keys {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty { listedFolders.insert(parts.joined(separator: "/")); parts = parts.dropLast() }
        }
        var differences: [String] = []
        for path in entries(of: folder) where path != "manifest.json" {
            let url = folder.appendingPathComponent(path)
            var entry = stat()
            guard lstat(url.path, &entry) == 0 else { continue }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR:
                if !listedFolders.contains(path) { differences.append("'\(path)/' is not a folder the last build wrote") }
            case S_IFREG:
                guard let file = listed[path] else {
                    differences.append("'\(path)' is not a file the last build wrote")
                    continue
                }
                if !matches(url, file) {
                    differences.append("'\(path)' was changed after the last build wrote it (it no longer matches its SHA-256 in manifest.json)")
                }
            default:
                differences.append("'\(path)' is not a file the last build wrote")
            }
        }
        guard let first = differences.first else { return .written(manifest) }
        let more = differences.count - 1
        return .foreign(reason: first + (more > 0 ? " (and \(more) more difference\(more == 1 ? "" : "s"))" : ""))
    }

    /// Every entry under `folder` (files and folders, links not followed), relative, sorted.
    private static func entries(of folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects.compactMap { $0 as? String } ?? []).sorted()
    }

    /// True when the file at `url` has the manifest's size and SHA-256.
    private static func matches(_ url: URL, _ file: Manifest.File) -> Bool {
        // A build asks about the same old files up to three times (checking inputs, before the
        // swap, while removing): a file whose inode, size and change time are those it had when
        // its hash last matched is not hashed again. Any write changes its change time.
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == file.bytes else { return false }
        let stamp = FileStamp(path: url.path, sha256: file.sha256, device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                              size: Int64(info.st_size), changed: Int64(info.st_ctim.tv_sec), changedNanoseconds: Int64(info.st_ctim.tv_nsec))
        if verified.withLock({ $0.contains(stamp) }) { return true }
        guard let data = try? Data(contentsOf: url), data.count == file.bytes, SHA256.hex(data) == file.sha256 else { return false }
        verified.withLock { _ = $0.insert(stamp) }
        return true
    }

    /// A file as it was when its hash matched the manifest.
    private struct FileStamp: Hashable {
        var path: String, sha256: String
        var device: UInt64, inode: UInt64, size: Int64, changed: Int64, changedNanoseconds: Int64
    }

    /// Files whose hash matched, as they were then.
    private static let verified = Mutex<Set<FileStamp>>([])

    /// `<audience>.bak-<n>` beside `folder`, with the smallest `n` not taken.
    static func backup(for folder: URL) -> URL {
        let parent = folder.deletingLastPathComponent()
        var n = 1
        while true {
            let candidate = parent.appendingPathComponent("\(folder.lastPathComponent).bak-\(n)")
            var info = stat()
            if lstat(candidate.path, &info) != 0 { return candidate }
            n += 1
        }
    }

    /// Removes a packet this program wrote, file by file as `manifest` lists it (each only if it is
    /// still what the build wrote), then its emptied folders. Returns true when nothing is left;
    /// anything else that appeared in the meantime stays.
    static func remove(_ folder: URL, as manifest: Manifest) -> Bool {
        for file in manifest.files {
            let url = folder.appendingPathComponent(file.path)
            if matches(url, file) { unlink(url.path) }
        }
        unlink(folder.appendingPathComponent("manifest.json").path)
        let folders = Set(manifest.files.flatMap { file -> [String] in
            let parts = file.path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        })
        for path in folders.sorted(by: { $0.count > $1.count }) { rmdir(folder.appendingPathComponent(path).path) }
        return rmdir(folder.path) == 0
    }

    /// The line that refuses to replace `folder` (shown as `display`), and how `--force` would keep it.
    static func refusal(_ reason: String, folder: URL, display: String) -> Diagnostic {
        Diagnostic(file: display, message: "not replacing this folder: \(reason) (use --force to keep the old folder as "
                   + "\(backup(for: folder).lastPathComponent) and build anew)")
    }
}

extension Manifest {
    /// Reads `manifest.json` as ``json()`` writes it.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
