/// The document properties Excel shows under File › Info.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    /// Creation time in seconds since 1970 (UTC). Set it to a fixed value for byte-identical
    /// output: when `nil` the wrapper writes 0 (1970-01-01), never the current time.
    public var created: Int64?

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                category: String? = nil, keywords: String? = nil, comments: String? = nil, created: Int64? = nil) {
        self.title = title; self.subject = subject; self.author = author; self.company = company
        self.category = category; self.keywords = keywords; self.comments = comments; self.created = created
    }
}

/// How the library writes a workbook.
public struct WorkbookOptions: Hashable, Sendable {
    /// Write each row to disk as soon as the next starts: low memory, but writes to earlier rows
    /// are silently dropped and tables are refused. For benchmarks of very large sheets only.
    public var constantMemory: Bool
    /// Folder for the library's temporary files (the system's by default).
    public var temporaryDirectory: String?
    /// ZIP64 extensions for files over 4 GB.
    public var useZip64: Bool

    public init(constantMemory: Bool = false, temporaryDirectory: String? = nil, useZip64: Bool = false) {
        self.constantMemory = constantMemory; self.temporaryDirectory = temporaryDirectory; self.useZip64 = useZip64
    }
}
