import Foundation

@_silgen_name("memfd_create")
private func memfd_create(_ name: UnsafePointer<CChar>, _ flags: UInt32) -> Int32

/// Where ``Workbook/data(options:build:)`` has libxlsxwriter write the workbook, which it can only
/// write to a path: an anonymous file in memory (Linux `memfd_create`), reached by the path
/// `/proc/self/fd/N`. No file is ever named in the temporary folder, so a build that is
/// interrupted, even killed, leaves none behind. Where that is not possible, a named temporary
/// file (its name holds the process id), removed once read.
struct ScratchFile {
    /// The path to give libxlsxwriter.
    let path: String
    /// The memory file's descriptor; -1 for a named file.
    private let descriptor: Int32

    static func make() -> ScratchFile {
        let fd = memfd_create("xlsxwriter", 1 /* MFD_CLOEXEC */)
        if fd >= 0 {
            let path = "/proc/self/fd/\(fd)"
            if access(path, W_OK) == 0 { return ScratchFile(path: path, descriptor: fd) }
            close(fd)
        }
        let name = "xlsxwriter-\(getpid())-\(UUID().uuidString).xlsx"
        return ScratchFile(path: FileManager.default.temporaryDirectory.appendingPathComponent(name).path, descriptor: -1)
    }

    /// What libxlsxwriter wrote.
    func contents() throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw XlsxError.io("could not read back the workbook written to \(path): \(error.localizedDescription)")
        }
    }

    /// Frees the memory file, or removes the named one.
    func remove() {
        if descriptor >= 0 { close(descriptor) } else { try? FileManager.default.removeItem(atPath: path) }
    }
}
