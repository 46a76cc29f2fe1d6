import Foundation

/// The bytes of a finished workbook and the warnings gathered while writing it.
package struct WrittenWorkbook: Sendable {
    package var data: Data
    package var warnings: [String]
}

extension Workbook {
    /// Builds a workbook in memory: libxlsxwriter 1.1.4 can only write to a file path, so this
    /// writes to a unique temporary file, reads it back and removes it.
    package static func data(options: WorkbookOptions = WorkbookOptions(),
                            build: (Workbook) throws -> Void) throws -> WrittenWorkbook {
        let folder = FileManager.default.temporaryDirectory
        let url = folder.appendingPathComponent("xlsxwriter-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let workbook = try Workbook(path: url.path, options: options)
        try build(workbook)
        try workbook.close()
        do {
            return WrittenWorkbook(data: try Data(contentsOf: url), warnings: workbook.warnings)
        } catch {
            throw XlsxError.io("could not read back \(url.path): \(error.localizedDescription)")
        }
    }
}
