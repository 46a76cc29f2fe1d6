import PacketModel
import Yams

/// Parses YAML text into a node tree, turning Yams' syntax errors into diagnostics.
enum YAMLDocument {
    /// The root node, or `nil` after recording a syntax error (or an empty document, or aliases
    /// past ``YAMLScan``'s limits) in `sink`. Characters no packet file can hold are recorded too.
    /// CRLF and CR line ends read as LF, so lines are counted alike.
    static func parse(_ source: String, sink: DiagnosticSink) -> Node? {
        let text = LineEnds.normalized(source)
        do {
            // The parser owns the anchors the scan follows: it must live until the scan is done.
            let parser = try Parser(yaml: text)
            guard let root = try parser.singleRoot() else {
                sink.error("the file is empty: expected a mapping of keys", at: nil)
                return nil
            }
            let readable = withExtendedLifetime(parser) { YAMLScan.check(root, sink: sink) }
            return readable ? root : nil
        } catch let error as YamlError {
            record(error, text: text, in: sink)
            return nil
        } catch {
            sink.error("cannot read YAML: \(error)", at: nil)
            return nil
        }
    }

    private static func record(_ error: YamlError, text: String, in sink: DiagnosticSink) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            sink.error("YAML syntax error: \(detail)" + tabHint(text, at: mark) + unclosedQuoteHint(text, before: mark.line), at: mark)
        case let .reader(problem, offset?, value, _):
            let (line, column) = position(ofByte: offset, in: text)
            let hex = String(value, radix: 16, uppercase: true)
            let what = value >= 0 ? " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))" : ""
            sink.error("cannot read YAML: \(problem)\(what)", line: line, column: column)
        case let .duplicatedKeysInMapping(duplicates, context):
            sink.error("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping",
                       at: context.mark)
        case let .reader(problem, nil, _, _):
            sink.error("cannot read YAML: \(problem)", at: nil)
        default:
            sink.error("cannot read YAML: \(error)", at: nil)
        }
    }

    /// The 1-based line and column (in characters) of a byte offset into `text`.
    private static func position(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(max(0, offset), utf8.count))
        let before = text[..<end]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].unicodeScalars.count + 1)
    }

    /// YAML forbids tabs for indentation, and libyaml's message does not say so.
    private static func tabHint(_ text: String, at mark: Mark) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return "" }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count, scalars[mark.column - 1] == "\t" else { return "" }
        return " (a tab: YAML indents with spaces only)"
    }

    /// A syntax error far below an unclosed double quote is reported where libyaml gives up, not
    /// where the quote opened: point at the nearest line above with an odd number of quotes.
    private static func unclosedQuoteHint(_ text: String, before errorLine: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var inside = false, openedAt: (line: Int, column: Int)?
        for (index, line) in lines.prefix(errorLine - 1).enumerated() {
            var previous: Character = " ", column = 0
            for c in line {
                column += 1
                if !inside, c == "#", previous == " " { break }   // a comment
                if c == "\"", !(inside && previous == "\\") {
                    inside.toggle()
                    if inside { openedAt = (index + 1, column) }
                }
                previous = c
            }
        }
        guard inside, let openedAt, openedAt.line < errorLine else { return "" }
        return " (the quote opened on line \(openedAt.line), column \(openedAt.column) is not closed on that line)"
    }
}
