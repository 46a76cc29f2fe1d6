/// What a workbook and its sheets and charts share: whether the C workbook is still alive,
/// and the warnings gathered while writing.
final class WorkbookState {
    var isOpen = true
    var warnings: [String] = []

    /// Throws ``XlsxError/closed`` once the C workbook has been freed, so no call reaches freed memory.
    func ensureOpen() throws {
        guard isOpen else { throw XlsxError.closed }
    }
}
