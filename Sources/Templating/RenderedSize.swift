/// How long a template's output will be, worked out from the parsed template and the context
/// before swift-mustache renders it: sections nested in sections repeat their text for every item
/// of every list, and partials that include another twice double it, so a short template can ask
/// for gigabytes. The walk stops as soon as the output passes the limit, so it takes no longer
/// than writing that much would.
struct RenderedSize {
    let templates: [String: (file: TemplateFile, nodes: [TemplateNode])]
    /// The most bytes the output may have (each tag counts one byte more, so that sections that
    /// print nothing still count and the walk stays short).
    let limit: Int

    /// The problem when rendering `name` with `context` would pass the limit: at the tag of
    /// `name`'s own file that holds the part that passes it.
    func problem(_ name: String, context: TemplateValue) -> TemplateProblem? {
        guard let root = templates[name] else { return nil }
        var compiled: [String: [Step]] = [:]
        for (name, template) in templates { compiled[name] = Step.compile(template.nodes) }
        var walk = Walk(partials: compiled, limit: limit)
        var stack = [context]
        walk.visit(compiled[name] ?? [], stack: &stack, top: nil)
        guard let at = walk.passedAt else { return nil }
        let size = limit >= 1_000_000 ? "\(limit / 1_000_000) MB" : "\(limit) bytes"
        return TemplateProblem(path: root.file.path, line: at.line, column: at.column,
            message: "the text made from here would be larger than \(size), the limit for one file: a section repeats "
                + "its text for every item of every list it is nested in, and a partial included twice doubles its text")
    }

    /// A node with its name split at dots once, for the walk.
    private indirect enum Step {
        case text(Int, SourcePosition)
        case variable([String], SourcePosition)
        case section([String], inverted: Bool, SourcePosition, [Step])
        case partial(String, SourcePosition)

        static func compile(_ nodes: [TemplateNode]) -> [Step] {
            nodes.map { node in
                switch node {
                case .text(let bytes, let at): .text(bytes, at)
                case .variable(let name, let at): .variable(parts(name), at)
                case .section(let name, let inverted, let at, let children): .section(parts(name), inverted: inverted, at, compile(children))
                case .partial(let name, let at): .partial(name, at)
                }
            }
        }

        private static func parts(_ name: String) -> [String] {
            name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }

        var position: SourcePosition {
            switch self {
            case .text(_, let at), .variable(_, let at), .section(_, _, let at, _), .partial(_, let at): at
            }
        }
    }

    /// The walk. It would take as long as rendering, which a template built to repeat itself
    /// makes endless: so it notes which scopes of the context each part of the template reads
    /// (bit `i` of a mask: a name found in scope `i` of the stack), and a section whose text reads
    /// nothing from its list's items, when those items all have the same names, is walked for the
    /// first item only and counted once per item; a partial walked again with the same context is
    /// counted from the first time. Nested sections and doubling partials then cost one walk a level.
    private struct Walk {
        let partials: [String: [Step]]
        let limit: Int
        var bytes = 0
        /// The top-level tag of the rendered template being walked when the limit was passed.
        var passedAt: SourcePosition?
        /// For each scope of the stack, the partials walked with it: their bytes and mask.
        private var memo: [[String: (bytes: Int, reads: UInt64)]] = [[:]]

        init(partials: [String: [Step]], limit: Int) { self.partials = partials; self.limit = limit }

        /// Walks `steps` with the context `stack` (innermost last); `top` is the top-level tag of
        /// the rendered template that holds them (`nil` at the top level). Returns the scopes read.
        @discardableResult
        mutating func visit(_ steps: [Step], stack: inout [TemplateValue], top: SourcePosition?) -> UInt64 {
            var reads: UInt64 = 0
            for step in steps {
                guard passedAt == nil else { return reads }
                let here = top ?? step.position
                bytes += 1
                switch step {
                case .text(let count, _):
                    bytes += count
                case .variable(let name, _):
                    let (value, scope) = Self.lookup(name, in: stack)
                    reads |= scope
                    switch value {
                    case .text(let text)?: bytes += text.utf8.count
                    case .flag(let flag)?: bytes += flag ? 4 : 5
                    default: break
                    }
                case .section(let name, let inverted, _, let children):
                    let (value, scope) = Self.lookup(name, in: stack)
                    reads |= scope
                    if inverted {
                        if !Self.isTruthy(value) { reads |= visit(children, stack: &stack, top: here) }
                    } else if case .list(let items)? = value {
                        reads |= section(children, items: items, stack: &stack, top: here)
                    } else if let value, Self.isTruthy(value) {
                        reads |= section(children, items: [value], stack: &stack, top: here)
                    }
                case .partial(let name, _):
                    guard let partial = partials[name] else { break }
                    if let known = memo[memo.count - 1][name] {
                        bytes += known.bytes
                        reads |= known.reads
                    } else {
                        let before = bytes
                        let read = visit(partial, stack: &stack, top: here)
                        memo[memo.count - 1][name] = (bytes - before, read)
                        reads |= read
                    }
                }
                if bytes > limit && passedAt == nil { passedAt = here }
            }
            return reads
        }

        /// Walks a section's `children` once for each of `items`, or for the first and counts
        /// it once per item when that gives the same count. Returns the outer scopes read.
        private mutating func section(_ children: [Step], items: [TemplateValue], stack: inout [TemplateValue],
                                      top: SourcePosition) -> UInt64 {
            let itemScope = Self.bit(stack.count)
            let outer = itemScope &- 1 | (stack.count >= 63 ? Self.bit(63) : 0)
            var reads: UInt64 = 0
            for (index, item) in items.enumerated() {
                let before = bytes
                stack.append(item)
                memo.append([:])
                let read = visit(children, stack: &stack, top: top)
                memo.removeLast()
                stack.removeLast()
                reads |= read & outer
                if passedAt != nil { break }
                if index == 0, items.count > 1, read & itemScope == 0, Self.sameNames(items) {
                    // Every item gives the same text: count the rest without walking them.
                    let each = bytes - before
                    let rest = items.count - 1
                    bytes = each > 0 && rest > (Int.max / 4 - bytes) / each ? Int.max / 4 : bytes + each * rest
                    if bytes > limit && passedAt == nil { passedAt = top }
                    break
                }
            }
            return reads
        }

        private static func bit(_ index: Int) -> UInt64 { 1 << UInt64(min(index, 63)) }

        /// True when the items are all records with the same names, or none is a record: looking
        /// a name up through any of them then goes the same way.
        private static func sameNames(_ items: [TemplateValue]) -> Bool {
            func names(_ item: TemplateValue) -> Set<String>? {
                if case .record(let fields) = item { return Set(fields.keys) }
                return nil
            }
            let first = items.first.flatMap(names)
            return items.dropFirst().allSatisfy { names($0) == first }
        }

        /// The value of a name split at its dots (empty for `.`), looked up from the innermost
        /// scope outwards as Mustache does, and the scope it was found in (as a mask bit; 0 when
        /// no scope has it).
        private static func lookup(_ parts: [String], in stack: [TemplateValue]) -> (TemplateValue?, UInt64) {
            guard let first = parts.first else { return (stack.last, bit(stack.count - 1)) }
            var index = stack.count - 1
            while index >= 0 {
                if case .record(let fields) = stack[index], var value = fields[first] {
                    for part in parts.dropFirst() {
                        guard case .record(let inner) = value, let next = inner[part] else { return (nil, bit(index)) }
                        value = next
                    }
                    return (value, bit(index))
                }
                index -= 1
            }
            return (nil, 0)
        }

        private static func isTruthy(_ value: TemplateValue?) -> Bool {
            switch value {
            case nil, .absent?, .flag(false)?: false
            case .text(let text)?: !text.isEmpty
            case .list(let items)?: !items.isEmpty
            case .flag(true)?, .record?: true
            }
        }
    }
}
