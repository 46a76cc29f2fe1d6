/// A problem found in an input file, reported as `path:line:col: error: message`.
package struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible, Error {
    package enum Severity: String, Sendable, Hashable { case error, warning }

    package var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    package var line: Int
    /// 1-based column; 0 when unknown.
    package var column: Int
    package var severity: Severity
    package var message: String

    package init(file: String, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String) {
        self.file = file; self.line = line; self.column = column; self.severity = severity; self.message = message
    }

    /// `path:line:col: error: message` (line and column left out when unknown).
    package var description: String {
        var place = file
        if line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        return "\(place): \(severity.rawValue): \(message)"
    }

    /// Orders by file, line, column, then message.
    package static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

/// One or more diagnostics that stop an operation.
package struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    package var diagnostics: [Diagnostic]

    package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }

    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Every diagnostic on its own line, then a count.
    package var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return (diagnostics.map(\.description) + [Diagnostic.summary(errors: errors, warnings: warnings)])
            .joined(separator: "\n")
    }
}

extension Diagnostic {
    /// `2 errors, 1 warning`.
    package static func summary(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
