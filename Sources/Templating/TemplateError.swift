/// One problem in a template, at a 1-based line and column of its file (0 when unknown).
package struct TemplateProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var path: String
    package var line: Int
    package var column: Int
    package var message: String

    package init(path: String, line: Int = 0, column: Int = 0, message: String) {
        self.path = path; self.line = line; self.column = column; self.message = message
    }

    /// `path:line:column: error: message`.
    package var description: String {
        var place = path
        if line > 0 { place += ":\(line)" + (column > 0 ? ":\(column)" : "") }
        return "\(place): error: \(message)"
    }

    package static func < (a: TemplateProblem, b: TemplateProblem) -> Bool {
        (a.path, a.line, a.column, a.message) < (b.path, b.line, b.column, b.message)
    }
}

/// The problems that stop templates from loading or rendering.
package struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, sorted by file and position.
    package var problems: [TemplateProblem]

    package init(_ problems: [TemplateProblem]) { self.problems = Set(problems).sorted() }

    package var description: String { problems.map(\.description).joined(separator: "\n") }
}
