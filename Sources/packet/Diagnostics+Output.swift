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
    } catch let error as DiagnosticsError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as Diagnostic {
        printError(DiagnosticsError([error]).description)
        throw ExitCode.failure
    } catch let error as NSError where error.userInfo[NSFilePathErrorKey] is String {
        // A file-system error not caught closer to its cause: still one line naming the file.
        let path = error.userInfo[NSFilePathErrorKey] as? String ?? ""
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        let reason = underlying.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
        printError(DiagnosticsError([Diagnostic(file: path, message: reason)]).description)
        throw ExitCode.failure
    }
}
