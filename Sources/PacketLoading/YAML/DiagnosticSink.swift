import PacketModel
import Yams

/// Collects the diagnostics of one input file so that every problem is reported in one run.
final class DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    func error(_ message: String, at mark: Mark?) {
        add(.error, message, at: mark)
    }

    func warning(_ message: String, at mark: Mark?) {
        add(.warning, message, at: mark)
    }

    func add(_ severity: Diagnostic.Severity, _ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0,
                                      severity: severity, message: message))
    }

    /// A diagnostic at a position recorded earlier (a mark's line and column).
    func add(_ severity: Diagnostic.Severity, _ message: String, at mark: Mark?, line: Int, column: Int) {
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? line, column: mark?.column ?? column,
                                      severity: severity, message: message))
    }

    /// An error at a position worked out without a Yams mark.
    func error(_ message: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, severity: .error, message: message))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
