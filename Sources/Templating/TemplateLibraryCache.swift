import Synchronization

extension TemplateLibrary {
    /// Libraries already parsed, by their files.
    private static let parsed = Mutex<[[TemplateFile]: TemplateLibrary]>([:])

    /// The library of `files`, parsed once per process: the text renderers of a packet (the
    /// numbered article, the briefing, the guide, the printed quiz) share an audience's templates,
    /// and a batch builds many packets for the same few audiences. Problems are thrown as by ``init(_:)``
    /// and never cached.
    package static func shared(_ files: [TemplateFile]) throws(TemplateError) -> TemplateLibrary {
        if let library = parsed.withLock({ $0[files] }) { return library }
        let library = try TemplateLibrary(files)
        parsed.withLock { $0[files] = library }
        return library
    }
}
