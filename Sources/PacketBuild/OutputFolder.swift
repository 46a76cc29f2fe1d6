import Foundation
import PacketModel

/// Checks, before anything is rendered, that the output folder can be a folder.
enum OutputFolder {
    /// A diagnostic when `url`, or a folder it would be made in, is an existing file.
    static func problems(_ url: URL, display: String) -> [Diagnostic] {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isFolder) {
            return isFolder.boolValue ? [] : [Diagnostic(file: display, message: "the output folder is a file; choose another --out")]
        }
        if let file = FolderPath.fileInTheWay(display) {
            return [Diagnostic(file: display, message: "cannot make the output folder: '\(file)' is a file")]
        }
        return []
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
