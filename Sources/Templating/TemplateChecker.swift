/// Checks a parsed template, and the partials it includes, against the names a context provides.
struct TemplateChecker {
    let templates: [String: (file: TemplateFile, nodes: [TemplateNode])]

    /// The problems in template `name` rendered with a context of `shape`.
    func check(_ name: String, shape: TemplateShape) -> [TemplateProblem] {
        guard let root = templates[name] else { return [] }
        var problems: Set<TemplateProblem> = []
        var walked: Set<Walked> = []
        walk(root.nodes, file: root.file, scopes: [shape], including: [name], problems: &problems, walked: &walked)
        return problems.sorted()
    }

    /// Partial names used anywhere that no template provides. `known` holds the names of every
    /// file, including those that failed to parse (reported already, so not unknown).
    func unknownPartials(known: Set<String>) -> [TemplateProblem] {
        templates.values.flatMap { template in
            Self.partials(in: template.nodes).filter { !known.contains($0.name) }.map {
                TemplateProblem(path: template.file.path, line: $0.at.line, column: $0.at.column,
                                message: "unknown partial '\($0.name)'" + suggestion(for: $0.name, among: Array(templates.keys)))
            }
        }
    }

    private static func partials(in nodes: [TemplateNode]) -> [(name: String, at: SourcePosition)] {
        nodes.flatMap { node -> [(name: String, at: SourcePosition)] in
            switch node {
            case .partial(let name, let at): [(name, at)]
            case .section(_, _, _, let children): partials(in: children)
            case .variable, .text: []
            }
        }
    }

    /// A partial already checked with these scopes: checking it again finds nothing new, and
    /// partials that each include the next twice would otherwise be checked 2^n times.
    private struct Walked: Hashable {
        let partial: String
        let scopes: [TemplateShape]
    }

    private func walk(_ nodes: [TemplateNode], file: TemplateFile, scopes: [TemplateShape], including: [String],
                      problems: inout Set<TemplateProblem>, walked: inout Set<Walked>) {
        func report(_ at: SourcePosition, _ message: String) {
            problems.insert(TemplateProblem(path: file.path, line: at.line, column: at.column, message: message))
        }
        for node in nodes {
            switch node {
            case .text:
                continue
            case .variable(let name, let at):
                guard let shape = TemplateShape.resolve(name, in: scopes) else {
                    report(at, "unknown variable '\(name)'" + suggestion(for: name, among: visibleNames(scopes)))
                    continue
                }
                switch shape {
                case .list: report(at, "'\(name)' is a list: show its items with '{{#\(name)}}…{{/\(name)}}'")
                case .record: report(at, "'\(name)' is a group of values: show one of them, e.g. '{{\(name).…}}'")
                case .text, .flag: break
                }
            case .section(let name, let inverted, let at, let children):
                guard let shape = TemplateShape.resolve(name, in: scopes) else {
                    report(at, "unknown section '\(name)'" + suggestion(for: name, among: visibleNames(scopes)))
                    continue
                }
                var inner = scopes
                if !inverted {
                    switch shape {
                    case .list(let element): inner.append(element)
                    case .record, .text: inner.append(shape)
                    case .flag: break
                    }
                }
                walk(children, file: file, scopes: inner, including: including, problems: &problems, walked: &walked)
            case .partial(let name, let at):
                guard let partial = templates[name] else { continue }  // reported by unknownPartials()
                guard !including.contains(name) else {
                    report(at, "partial '\(name)' includes itself (through \(including.joined(separator: " → ")))")
                    continue
                }
                guard walked.insert(Walked(partial: name, scopes: scopes)).inserted else { continue }
                walk(partial.nodes, file: partial.file, scopes: scopes, including: including + [name], problems: &problems,
                     walked: &walked)
            }
        }
    }

    private func visibleNames(_ scopes: [TemplateShape]) -> [String] {
        scopes.flatMap { scope -> [String] in
            if case .record(let fields) = scope { return Array(fields.keys) }
            return []
        }
    }

    /// `" (did you mean 'title'?)"` for a close match, else `""`.
    private func suggestion(for name: String, among candidates: [String]) -> String {
        let last = String(name.split(separator: ".").last ?? Substring(name))
        let best = Set(candidates).map { ($0, Self.distance($0, last)) }.filter { $0.1 <= max(1, last.count / 3) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        return best.map { " (did you mean '\($0.0)'?)" } ?? ""
    }

    /// Edit distance counting a swap of neighbouring letters as one edit (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
