import Foundation
import PacketModel

/// Checks, before anything is rendered, that the output folder can be a folder and is one that
/// packets belong in.
enum OutputFolder {
    /// A diagnostic when `url`, or a folder it would be made in, is an existing file, or when it is
    /// a folder that holds other things and no packet (unless `force`), or its path is too long.
    static func problems(_ url: URL, display: String, force: Bool = false) -> [Diagnostic] {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { return [Diagnostic(file: display, message: "the output folder is a file; choose another --out")] }
            return force ? [] : notAnOutputFolder(url, display: display).map { [$0] } ?? []
        }
        if let tooLong = pathTooLong(url, display: display) { return [tooLong] }
        if let file = FolderPath.fileInTheWay(display) {
            return [Diagnostic(file: display, message: "cannot make the output folder: '\(file)' is a file")]
        }
        return []
    }

    /// A diagnostic when `url` holds visible entries but no packet (`<article>/<audience>/manifest.json`):
    /// the project folder, a home folder, an audience's templates — never a place to write packets into.
    static func notAnOutputFolder(_ url: URL, display: String) -> Diagnostic? {
        let fm = FileManager.default
        let visible = ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        guard !visible.isEmpty else { return nil }
        for article in visible {
            let folder = url.appendingPathComponent(article)
            for audience in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where !audience.hasPrefix(".") {
                if fm.fileExists(atPath: folder.appendingPathComponent(audience).appendingPathComponent("manifest.json").path) {
                    return nil
                }
            }
        }
        let shown = visible.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (visible.count > 3 ? ", …" : "")
        return Diagnostic(file: display, message: "not writing packets into this folder: it holds other things (\(shown)) and no "
                          + "packets; choose a new or empty folder for --out, or use --force to add the packets to it")
    }

    /// The longest path below a packet folder: its files and a kept folder's `.bak-<n>`.
    static let longestInside = 96

    /// A diagnostic when a path below `url` would pass the system's limits (4,096 bytes for a
    /// path, 255 for one name): checked before any folder is made, so none is made in vain.
    static func pathTooLong(_ url: URL, display: String) -> Diagnostic? {
        let path = url.standardizedFileURL.path
        if let long = path.split(separator: "/").first(where: { $0.utf8.count > Int(NAME_MAX) }) {
            return Diagnostic(file: display, message: "'\(long.prefix(40))…' is \(long.utf8.count) bytes long; the system "
                              + "allows \(NAME_MAX) for the name of a folder: choose a shorter --out")
        }
        if path.utf8.count + longestInside >= Int(PATH_MAX) {
            return Diagnostic(file: display, message: "the path is \(path.utf8.count) bytes long; with the packet's own folders "
                              + "and files it would pass the system's limit of \(PATH_MAX) bytes for a path: choose a shorter --out")
        }
        return nil
    }

    /// A short reason for a file-system error: the system's words for its POSIX code when there is one.
    static func reason(_ error: any Error) -> String {
        if let failure = error as? PacketWriter.WriteFailure { return failure.reason }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}

/// Where a folder cannot be made because a file stands in its way.
package enum FolderPath {
    /// The first existing prefix of `path` (as written: relative to the current folder, or
    /// absolute) that is a file rather than a folder; `nil` when none is.
    package static func fileInTheWay(_ path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        var isFolder: ObjCBool = false
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            guard FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder) else { return nil }
            if !isFolder.boolValue { return prefix }
        }
        return nil
    }
}
