/// The document properties Excel shows under File › Info.
package struct DocumentProperties: Hashable, Sendable {
    package var title: String?
    package var subject: String?
    package var author: String?
    package var company: String?
    package var category: String?
    package var keywords: String?
    package var comments: String?
    /// Creation time in seconds since 1970 (UTC). Set it to a fixed value for byte-identical
    /// output: when `nil` the wrapper writes 0 (1970-01-01), never the current time.
    package var created: Int64?

    package init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                category: String? = nil, keywords: String? = nil, comments: String? = nil, created: Int64? = nil) {
        self.title = title; self.subject = subject; self.author = author; self.company = company
        self.category = category; self.keywords = keywords; self.comments = comments; self.created = created
    }
}

/// How the library writes a workbook.
package struct WorkbookOptions: Hashable, Sendable {
    /// Write each row to disk as soon as the next starts: low memory, but writes to earlier rows
    /// are silently dropped and tables are refused. For benchmarks of very large sheets only.
    package var constantMemory: Bool
    /// Folder for the library's temporary files (the system's by default).
    package var temporaryDirectory: String?
    /// ZIP64 extensions for files over 4 GB.
    var useZip64: Bool

    package init(constantMemory: Bool = false, temporaryDirectory: String? = nil, useZip64: Bool = false) {
        self.constantMemory = constantMemory; self.temporaryDirectory = temporaryDirectory; self.useZip64 = useZip64
    }
}
