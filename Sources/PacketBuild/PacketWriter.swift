import Foundation
import PacketModel

@_silgen_name("renameat2")
private func renameat2(_ olddirfd: Int32, _ oldpath: UnsafePointer<CChar>, _ newdirfd: Int32,
                       _ newpath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32

/// The C library's `write(2)` (inside ``PacketWriter`` the name means its own method).
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}

/// Writes a packet's files into a staging folder and moves the whole folder into place at once,
/// so that a reader (or a crash) never sees a half-written packet.
///
/// It replaces only a packet it wrote itself (see ``PacketFolder``); with `force`, anything else
/// there is kept beside it as `<name>.bak-<n>`. Writers of the same folder, in this process or
/// another, take turns: each holds a lock on the folder's parent while it decides and swaps.
package enum PacketWriter {
    /// Writes `files` as the folder `destination`, replacing what was there only when every file
    /// has been written and only when it is a packet this program wrote (or `force` is given).
    /// Returns where the old folder was kept, when it was kept.
    @discardableResult
    package static func write(_ files: [PacketFile], to destination: URL, force: Bool = false) throws -> URL? {
        // A Ctrl-C or kill waits for this write to finish (it is a few files and a rename).
        try Interruption.guarded {
            let fm = FileManager.default
            let parent = destination.deletingLastPathComponent()
            let created = missingFolders(up: parent)
            do {
                try fm.createDirectory(at: parent, withIntermediateDirectories: true)
                return try FolderLock.holding(parent) {
                    let staging = try stagingFolder(near: parent)
                    Interruption.staging(staging)
                    defer { Interruption.finished(staging) }
                    do {
                        try writeFiles(files, into: staging)
                        return try moveIntoPlace(staging, destination, force: force)
                    } catch {
                        try? fm.removeItem(at: staging)
                        throw error
                    }
                }
            } catch {
                // Folders this write made for nothing are removed again (only if still empty).
                for folder in created { rmdir(folder.path) }
                throw error
            }
        }
    }

    private static func writeFiles(_ files: [PacketFile], into staging: URL) throws {
        let fm = FileManager.default
        for file in files {
            let url = staging.appendingPathComponent(file.path)
            guard url.standardizedFileURL.path.hasPrefix(staging.standardizedFileURL.path + "/") else {
                throw DiagnosticsError([Diagnostic(file: file.path, message: "refusing to write outside the packet folder")])
            }
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try writeFile(file.data, to: url)
        }
    }

    /// The folders from `folder` up that do not exist yet, deepest first.
    private static func missingFolders(up folder: URL) -> [URL] {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        var info = stat()
        while current.path != "/", lstat(current.path, &info) != 0 {
            missing.append(current)
            current = current.deletingLastPathComponent()
        }
        return missing
    }

    /// Writes `data` as a new file, with the system's own words for a failure ("No space left on
    /// device", "File too large"), which Foundation's writing reports only as a number.
    private static func writeFile(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteFailure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteFailure(reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// A file could not be written; `reason` is the system's message.
    struct WriteFailure: Error, CustomStringConvertible {
        let reason: String
        var description: String { reason }
    }

    /// The folder is no packet this program wrote (found only at the last moment: it changed
    /// during the build), and `force` was not given.
    struct NotOurs: Error {
        let reason: String
    }

    /// A fresh folder on the same file system as `parent` (so it can be renamed into place):
    /// the system temporary folder when it is on the same device, else a hidden folder in `parent`.
    private static func stagingFolder(near parent: URL) throws -> URL {
        let fm = FileManager.default
        let name = ".packet-staging-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let temp = URL(fileURLWithPath: NSTemporaryDirectory())
        let base = sameDevice(temp, parent) ? temp : parent
        removeAbandonedStaging(in: base)
        let url = base.appendingPathComponent(name)
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes staging folders left by builds that were killed (their process no longer runs),
    /// so that an interrupted build leaves no debris for long, even beside the packets.
    private static func removeAbandonedStaging(in folder: URL) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(".packet-staging-") {
            let fields = name.dropFirst(".packet-staging-".count).split(separator: "-", maxSplits: 1)
            guard let pid = fields.first.flatMap({ Int32($0) }), pid != ProcessInfo.processInfo.processIdentifier,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? fm.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    private static func sameDevice(_ a: URL, _ b: URL) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a.path, &sa) == 0, stat(b.path, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev
    }

    /// Renames `staging` to `destination`. A packet this program wrote there is swapped out in one
    /// atomic step (Linux `RENAME_EXCHANGE`) and then removed file by file; anything else there
    /// is refused, or with `force` renamed to `<name>.bak-<n>` first. Returns where an old folder was kept.
    private static func moveIntoPlace(_ staging: URL, _ destination: URL, force: Bool) throws -> URL? {
        let fm = FileManager.default
        switch PacketFolder.state(of: destination) {
        case .absent:
            try fm.moveItem(at: staging, to: destination)
            return nil
        case .foreign(let reason):
            guard force else { throw NotOurs(reason: reason) }
            let backup = PacketFolder.backup(for: destination)
            try fm.moveItem(at: destination, to: backup)
            try fm.moveItem(at: staging, to: destination)
            return backup
        case .written(let manifest):
            let exchanged = renameat2(AT_FDCWD, staging.path, AT_FDCWD, destination.path, 2 /* RENAME_EXCHANGE */) == 0
            if exchanged {
                // `staging` now holds the previous packet.
                return keepLeftovers(of: staging, as: manifest, beside: destination)
            }
            // A file system without RENAME_EXCHANGE: move the old packet aside, then the new one in.
            let aside = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + "-old")
            try fm.moveItem(at: destination, to: aside)
            do {
                try fm.moveItem(at: staging, to: destination)
            } catch {
                try? fm.moveItem(at: aside, to: destination)
                throw error
            }
            return keepLeftovers(of: aside, as: manifest, beside: destination)
        }
    }

    /// Removes the previous packet (now at `old`) as its manifest lists it; whatever else is
    /// there (a file saved into it while the build ran) is kept as `<name>.bak-<n>` beside `destination`.
    private static func keepLeftovers(of old: URL, as manifest: Manifest, beside destination: URL) -> URL? {
        if PacketFolder.remove(old, as: manifest) { return nil }
        let backup = PacketFolder.backup(for: destination)
        return (try? FileManager.default.moveItem(at: old, to: backup)) == nil ? nil : backup
    }
}

/// An exclusive lock (`flock`) on a folder, held by one writer at a time across processes; the
/// system releases it when the process ends, however it ends, and it leaves no file behind.
enum FolderLock {
    static func holding<T>(_ folder: URL, _ body: () throws -> T) throws -> T {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw PacketWriter.WriteFailure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw PacketWriter.WriteFailure(reason: String(cString: strerror(errno))) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
