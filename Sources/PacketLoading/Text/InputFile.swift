import Foundation
import PacketModel

/// Reads an input file only when it is a file: a folder, a named pipe or a device (a model that
/// is a link to `/dev/zero`) is named for what it is, before anything is read from it, rather
/// than reported as missing or read forever.
package enum InputFile {
    /// What is at a path.
    package enum Kind: Equatable {
        case missing
        case file
        /// Anything else, described for a message: "a folder", "a named pipe (FIFO)", …
        case other(String)
    }

    /// What `path` is, following links.
    package static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .other("a folder")
        case S_IFIFO: return .other("a named pipe (FIFO)")
        case S_IFCHR, S_IFBLK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " (\($0))" } ?? ""
            return .other("a device\(target)")
        case S_IFSOCK: return .other("a socket")
        default: return .other("not a plain file")
        }
    }

    /// The bytes of the file at `url`; `what` names it in messages ("the model file"). A missing
    /// file gives `missing`'s message; anything that is not a file says what it is.
    package static func read(_ url: URL, displayPath: String, what: String, missing: String) -> Result<Data, Diagnostic> {
        switch kind(url.path) {
        case .missing:
            return .failure(Diagnostic(file: displayPath, message: missing))
        case .other(let description):
            return .failure(Diagnostic(file: displayPath, message: "\(what) is \(description), not a file"))
        case .file:
            do {
                return .success(try Data(contentsOf: url))
            } catch {
                let ns = error as NSError
                let code = (ns.userInfo[NSUnderlyingErrorKey] as? NSError)?.code ?? (ns.domain == NSPOSIXErrorDomain ? ns.code : 0)
                let reason = code != 0 ? String(cString: strerror(Int32(code))) : ns.localizedDescription
                return .failure(Diagnostic(file: displayPath, message: "cannot read \(what) (\(reason))"))
            }
        }
    }
}
