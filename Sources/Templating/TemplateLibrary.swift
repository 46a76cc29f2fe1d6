import Mustache

/// A set of Mustache templates that include each other by name, rendered as plain text.
///
/// Every template renders unescaped (no HTML entities). Problems are reported as
/// ``TemplateProblem``s with the file, line and column of the offending tag:
/// syntax errors and unknown partials when the library is made, unknown variables when a
/// template is rendered against a context ``TemplateShape``.
package struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    private let checker: TemplateChecker

    /// The names of the templates, sorted.
    package var names: [String] { checker.templates.keys.sorted() }

    /// Parses every file; throws all problems found in all of them at once.
    package init(_ files: [TemplateFile]) throws(TemplateError) {
        var problems: [TemplateProblem] = []
        var parsed: [String: (file: TemplateFile, nodes: [TemplateNode])] = [:]
        var library = MustacheLibrary()
        for file in files {
            switch TemplateParser(file: file).parse() {
            case .failure(let error):
                problems += error.problems
            case .success(let nodes):
                parsed[file.name] = (file, nodes)
                do {
                    // The pragma on a line of its own switches escaping off for this file and, being a
                    // standalone tag, leaves no trace in the output; line numbers shift by one.
                    try library.register(Self.plainTextPragma + file.text, named: file.name)
                } catch let error as MustacheTemplate.ParserError {
                    problems.append(Self.problem(error, in: file))
                } catch {
                    problems.append(TemplateProblem(path: file.path, message: "cannot read template: \(error)"))
                }
            }
        }
        let checker = TemplateChecker(templates: parsed)
        problems += checker.unknownPartials(known: Set(files.map(\.name)))
        guard problems.isEmpty else { throw TemplateError(problems) }
        self.library = library
        self.checker = checker
    }

    /// The most bytes one rendered template may have: a briefing or a printed quiz is tens of
    /// kilobytes, and a template whose nested sections would make more is a mistake.
    package static let maximumOutputBytes = 5_000_000

    /// Renders template `name` with `context`, after checking that every name the template (and
    /// the partials it includes) uses is one `shape` provides, and that the output will be at most
    /// `limit` bytes.
    package func render(_ name: String, context: TemplateValue, shape: TemplateShape,
                        limit: Int = maximumOutputBytes) throws(TemplateError) -> String {
        guard checker.templates[name] != nil else {
            throw TemplateError([TemplateProblem(path: name, message: "unknown template '\(name)' (templates: \(names.joined(separator: ", ")))")])
        }
        let problems = checker.check(name, shape: shape)
        guard problems.isEmpty else { throw TemplateError(problems) }
        if let tooLong = RenderedSize(templates: checker.templates, limit: limit).problem(name, context: context) {
            throw TemplateError([tooLong])
        }
        guard let text = library.render(context.mustacheValue, withTemplate: name) else {
            throw TemplateError([TemplateProblem(path: name, message: "unknown template '\(name)'")])
        }
        return text
    }

    static let plainTextPragma = "{{% CONTENT_TYPE: TEXT}}\n"

    /// A swift-mustache parse error (which has a position but no message) in the file's own lines.
    static func problem(_ error: MustacheTemplate.ParserError, in file: TemplateFile) -> TemplateProblem {
        let message: String
        switch error.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: message = "closing tag does not match the open section"
        case .unfinishedName?: message = "unfinished tag name"
        case .expectedSectionEnd?: message = "unclosed section"
        case .invalidSetDelimiter?: message = "invalid delimiter change"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: message = "unsupported pragma"
        default: message = "template syntax error"
        }
        return TemplateProblem(path: file.path, line: max(1, error.context.lineNumber - 1),
                               column: error.context.columnNumber, message: message)
    }
}
