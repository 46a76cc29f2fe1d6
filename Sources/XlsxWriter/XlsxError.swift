import CXlsxWriter

/// Why a workbook could not be built or written.
///
/// Every `lxw_error` the C library returns becomes ``library(code:message:operation:)`` with the
/// library's own `lxw_strerror` text; the other cases are problems the wrapper catches before
/// the library would misbehave.
package enum XlsxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The C library refused an operation.
    case library(code: Int, message: String, operation: String)
    /// A worksheet name Excel would reject: too long, a forbidden character, or already used.
    case invalidSheetName(name: String, reason: String)
    /// A URL the library would write as a broken link.
    case invalidURL(url: String, reason: String)
    /// An inline dropdown list longer than Excel's 255-byte limit.
    case listTooLong(bytes: Int)
    /// A parameter outside what Excel can hold (e.g. a table name with spaces).
    case invalidArgument(String)
    /// The workbook was already closed (or never opened).
    case closed
    /// Reading back the file behind ``Workbook/data(options:build:)`` failed.
    case io(String)

    package var description: String {
        switch self {
        case .library(let code, let message, let operation):
            return "libxlsxwriter error \(code) in \(operation): \(message)"
        case .invalidSheetName(let name, let reason):
            return "invalid worksheet name \"\(name)\": \(reason)"
        case .invalidURL(let url, let reason):
            return "invalid URL \"\(url)\": \(reason)"
        case .listTooLong(let bytes):
            return "dropdown list is \(bytes) bytes; Excel allows 255 — use a list from a cell range"
        case .invalidArgument(let message):
            return message
        case .closed:
            return "the workbook is already closed"
        case .io(let message):
            return message
        }
    }
}

extension XlsxError {
    /// Throws ``library(code:message:operation:)`` unless `result` is `LXW_NO_ERROR`.
    static func check(_ result: lxw_error, _ operation: @autoclosure () -> String) throws {
        guard result != LXW_NO_ERROR else { return }
        throw XlsxError.library(code: Int(result.rawValue), message: message(for: result), operation: operation())
    }

    /// The library's own description of an error code.
    static func message(for error: lxw_error) -> String {
        guard let text = lxw_strerror(error) else { return "unknown error \(error.rawValue)" }
        return String(cString: text)
    }
}
