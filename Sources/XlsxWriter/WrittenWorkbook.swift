import Foundation

/// The bytes of a finished workbook and the warnings gathered while writing it.
package struct WrittenWorkbook: Sendable {
    package var data: Data
    package var warnings: [String]
}

extension Workbook {
    /// Builds a workbook in memory: libxlsxwriter 1.1.4 can only write to a file path, so this
    /// has it write to a ``ScratchFile`` (a memory file where the system has them) and reads it back.
    package static func data(options: WorkbookOptions = WorkbookOptions(),
                            build: (Workbook) throws -> Void) throws -> WrittenWorkbook {
        let scratch = ScratchFile.make()
        defer { scratch.remove() }
        let workbook = try Workbook(path: scratch.path, options: options)
        try build(workbook)
        try workbook.close()
        return WrittenWorkbook(data: try scratch.contents(), warnings: workbook.warnings)
    }
}
