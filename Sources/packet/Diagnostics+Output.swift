import ArgumentParser
import Foundation
import PacketModel

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs `body`, turning diagnostics into `path:line:col: error: …` lines on standard error and a
/// non-zero exit, never a stack trace.
func reportingDiagnostics<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw reported(error)
    }
}

/// ``reportingDiagnostics(_:)-(()->T)`` for a command that awaits work running at once.
func reportingDiagnostics<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch {
        throw reported(error)
    }
}

/// Prints a diagnostic (or a file-system error naming its file) as lines on standard error and
/// returns the failure exit; any other error (argument errors, exit codes) is returned unchanged.
private func reported(_ error: any Error) -> any Error {
    switch error {
    case let error as DiagnosticsError:
        printError(error.description)
    case let error as Diagnostic:
        printError(DiagnosticsError([error]).description)
    case let error as NSError where error.userInfo[NSFilePathErrorKey] is String:
        // A file-system error not caught closer to its cause: still one line naming the file.
        let path = error.userInfo[NSFilePathErrorKey] as? String ?? ""
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        let reason = underlying.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
        printError(DiagnosticsError([Diagnostic(file: path, message: reason)]).description)
    default:
        return error
    }
    return ExitCode.failure
}
