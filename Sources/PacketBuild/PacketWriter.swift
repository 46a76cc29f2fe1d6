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
package enum PacketWriter {
    /// Writes `files` as the folder `destination`, replacing what was there only when every file
    /// has been written.
    package static func write(_ files: [PacketFile], to destination: URL) throws {
        // A Ctrl-C or kill waits for this write to finish (it is a few files and a rename).
        try Interruption.guarded {
            let fm = FileManager.default
            let parent = destination.deletingLastPathComponent()
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            let staging = try stagingFolder(near: parent)
            Interruption.staging(staging)
            defer { Interruption.finished(staging) }
            do {
                for file in files {
                    let url = staging.appendingPathComponent(file.path)
                    guard url.standardizedFileURL.path.hasPrefix(staging.standardizedFileURL.path + "/") else {
                        throw DiagnosticsError([Diagnostic(file: file.path, message: "refusing to write outside the packet folder")])
                    }
                    try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try writeFile(file.data, to: url)
                }
                try moveIntoPlace(staging, destination)
            } catch {
                try? fm.removeItem(at: staging)
                throw error
            }
        }
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

    /// Renames `staging` to `destination`; when `destination` exists the two are swapped in one
    /// atomic step (Linux `RENAME_EXCHANGE`) and the old packet is removed afterwards.
    private static func moveIntoPlace(_ staging: URL, _ destination: URL) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: destination.path) {
            try fm.moveItem(at: staging, to: destination)
            return
        }
        let exchanged = renameat2(AT_FDCWD, staging.path, AT_FDCWD, destination.path, 2 /* RENAME_EXCHANGE */) == 0
        if exchanged {
            try fm.removeItem(at: staging)  // now holds the previous packet
            return
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
        try? fm.removeItem(at: aside)
    }
}
