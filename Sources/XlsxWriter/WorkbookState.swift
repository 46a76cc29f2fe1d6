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

/// A C string copied with `strdup` for struct fields the library reads later; freed by ``free()``.
final class CStringPool {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let p = strdup(text) else { return nil }
        pointers.append(p)
        return p
    }

    func free() {
        pointers.forEach { Foundation.free($0) }
        pointers.removeAll()
    }

    deinit { free() }
}

import Foundation
