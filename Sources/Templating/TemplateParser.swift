/// Reads the tags of a Mustache template and reports, with line and column, what swift-mustache
/// would reject or silently mishandle: unclosed tags and sections, mismatched closing tags, and
/// tags this project does not support (delimiter changes, pragmas, inheritance, transforms).
struct TemplateParser {
    let file: TemplateFile

    /// The template's name-bearing tags as a tree, or the problems found.
    func parse() -> Result<[TemplateNode], TemplateError> {
        var problems: [TemplateProblem] = []
        // Open sections: name, inverted, where, children so far.
        var stack: [(name: String, inverted: Bool, at: SourcePosition, nodes: [TemplateNode])] =
            [("", false, SourcePosition(line: 1, column: 1), [])]
        let text = Array(file.text)
        var index = 0
        var line = 1
        var column = 1

        func advance(_ count: Int) {
            for _ in 0..<count where index < text.count {
                if text[index] == "\n" || text[index] == "\r\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        // Literal text since the last tag: its length goes into the tree, for the size of the output.
        var literal = (at: SourcePosition(line: 1, column: 1), bytes: 0)
        func flushLiteral() {
            if literal.bytes > 0 { stack[stack.count - 1].nodes.append(.text(bytes: literal.bytes, literal.at)) }
            literal.bytes = 0
        }
        func startsWith(_ s: String, at i: Int) -> Bool {
            let chars = Array(s)
            return i + chars.count <= text.count && Array(text[i..<(i + chars.count)]) == chars
        }
        func problem(_ at: SourcePosition, _ message: String) {
            problems.append(TemplateProblem(path: file.path, line: at.line, column: at.column, message: message))
        }

        while index < text.count {
            guard startsWith("{{", at: index) else {
                if literal.bytes == 0 { literal.at = SourcePosition(line: line, column: column) }
                literal.bytes += text[index].utf8.count
                advance(1)
                continue
            }
            flushLiteral()
            let at = SourcePosition(line: line, column: column)
            let triple = startsWith("{{{", at: index)
            let closer = triple ? "}}}" : "}}"
            var end = index + (triple ? 3 : 2)
            while end < text.count, !startsWith(closer, at: end), !startsWith("{{", at: end) { end += 1 }
            guard end < text.count, startsWith(closer, at: end) else {
                let shown = String(text[index..<min(text.count, index + 20)]).split(separator: "\n").first ?? ""
                problem(at, "unclosed tag '\(shown)': missing '\(closer)'")
                advance(2)
                continue
            }
            let inner = String(text[(index + (triple ? 3 : 2))..<end])
            let tagLength = end + closer.count - index
            let sigil = triple ? "{" : inner.first.map(String.init) ?? ""
            let body = triple || "#^/>&!=%<$".contains(sigil) && !sigil.isEmpty
                ? (triple ? inner : String(inner.dropFirst())) : inner
            let name = body.trimmingWhitespace()
            advance(tagLength)

            switch sigil {
            case "!":
                continue
            case "=":
                problem(at, "changing delimiters with '{{=…=}}' is not supported")
                continue
            case "%":
                problem(at, "pragmas such as '{{%…}}' are not supported: templates always render plain text")
                continue
            case "<", "$":
                problem(at, "template inheritance ('{{\(sigil)…}}') is not supported: override a partial with a file of the same name instead")
                continue
            default:
                break
            }
            guard !name.isEmpty else {
                problem(at, "empty tag '{{\(triple ? "{" : "")\(inner)\(closer)': write a name between the braces")
                continue
            }
            if name.contains("(") || name.contains(")") {
                problem(at, "transforms such as '\(name)' are not supported: the program provides ready-made values")
                continue
            }
            let allowed = sigil == ">" ? Self.partialNameCharacters : Self.nameCharacters
            if let bad = name.first(where: { !allowed.contains($0) }) {
                problem(at, "'\(name)' is not a valid name: '\(bad)' is not allowed (use letters, digits, '_', '-' and '.')")
                continue
            }
            switch sigil {
            case "#", "^":
                stack.append((name, sigil == "^", at, []))
            case "/":
                guard stack.count > 1, let open = stack.last else {
                    problem(at, "'{{/\(name)}}' closes a section that was never opened")
                    continue
                }
                if open.name != name {
                    problem(at, "'{{/\(name)}}' does not match the open section '\(open.name)' (opened at line \(open.at.line), column \(open.at.column))")
                    // A misspelt end with no right one later ends the section, so the one
                    // mistake is reported once rather than again as an unclosed section.
                    let rest = String(text[index...]).replacingOccurrences(of: " ", with: "")
                    if rest.contains("{{/\(open.name)}}") { continue }
                }
                stack.removeLast()
                stack[stack.count - 1].nodes.append(.section(open.name, inverted: open.inverted, open.at, open.nodes))
            case ">":
                stack[stack.count - 1].nodes.append(.partial(name, at))
            default:
                stack[stack.count - 1].nodes.append(.variable(name, at))
            }
        }
        flushLiteral()
        for open in stack.dropFirst().reversed() {
            problem(open.at, "unclosed section '\(open.name)': add '{{/\(open.name)}}'")
        }
        return problems.isEmpty ? .success(stack[0].nodes) : .failure(TemplateError(problems))
    }

    static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.?")
    static let partialNameCharacters = nameCharacters.union("/")
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
