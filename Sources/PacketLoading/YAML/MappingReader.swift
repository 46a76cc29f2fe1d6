import PacketModel
import Yams

/// Shared state of one YAML read: the diagnostics and where each value stood.
final class ReadContext {
    let sink: DiagnosticSink
    var sourceMap = SourceMap()
    /// Ids of every item that names one, including items that failed to read, so that a
    /// reference to a broken item is not reported as a reference to a missing one.
    var declaredIds: Set<String> { Set(idMarks.keys) }
    /// Where each id was first declared.
    var idMarks: [String: Mark?] = [:]
    /// True when the thesis failed to read and the model carries a stand-in.
    var thesisFailed = false
    /// Top-level keys that should hold a list and held something else.
    var failedLists: Set<String> = []
    /// Drafted guesses found while reading (`review:` marks).
    var pending: [PendingReview] = []

    init(sink: DiagnosticSink) { self.sink = sink }
}

/// Reads one YAML mapping key by key, recording a diagnostic for every unknown key, missing
/// required key and value of the wrong type, and carrying on so that all problems are found.
struct MappingReader {
    let context: ReadContext
    /// Path of the mapping, e.g. `claims[2]`; the root is the empty path.
    let path: String
    /// What the mapping is, for messages: `claim`, `statistic`, …
    let what: String
    let mark: Mark?
    private let values: [String: Node]
    /// Required keys not to report as missing: an unknown key that is a misspelling of one was
    /// reported already, with the suggestion.
    private let misspelled: Set<String>

    /// Reads `node` as a mapping with the given keys; `nil` (with an error) when it is not a mapping.
    init?(_ node: Node, path: String, what: String, allowed: [String], context: ReadContext) {
        guard case .mapping(let mapping) = node else {
            context.sink.error("\(what) must be a mapping of keys, found \(Self.describe(node))", at: node.mark)
            return nil
        }
        self.context = context
        self.path = path
        self.what = what
        self.mark = node.mark
        var values: [String: Node] = [:]
        var misspelled: Set<String> = []
        for (key, value) in mapping {
            guard let name = key.string else {
                context.sink.error("keys of \(what) must be text, found \(Self.describe(key))", at: key.mark)
                continue
            }
            if allowed.contains(name) {
                values[name] = value
                context.sourceMap.record(Self.join(path, name), value.mark)
            } else if let near = Self.nearest(name, among: allowed.filter { (key: String) in mapping[key] == nil }) {
                misspelled.insert(near)
                context.sink.error("unknown key '\(name)' in \(what): did you mean '\(near)'?", at: key.mark)
            } else {
                context.sink.error("unknown key '\(name)' in \(what); allowed keys: \(allowed.joined(separator: ", "))",
                                   at: key.mark)
            }
        }
        self.values = values
        self.misspelled = misspelled
        if allowed.contains("id"), let idNode = values["id"], case .scalar(let id) = idNode {
            if let first = context.idMarks[id.string] {
                context.sink.error("duplicate id '\(id.string)' (first used on line \(first?.line ?? 0))", at: idNode.mark)
            } else {
                context.idMarks[id.string] = idNode.mark
            }
        }
        context.sourceMap.record(path, node.mark)
    }

    /// The allowed key `name` is most likely a misspelling of: at most two edits away (one for
    /// short keys), and closer than any other.
    static func nearest(_ name: String, among allowed: [String]) -> String? {
        let limit = name.count <= 4 ? 1 : 2
        let scored = allowed.map { ($0, editDistance(Array(name.lowercased()), Array($0))) }.filter { $0.1 <= limit }
        guard let best = scored.min(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func childPath(_ key: String) -> String { Self.join(path, key) }

    /// The value node for `key`, treating an explicit null as absent.
    func node(_ key: String) -> Node? {
        guard let node = values[key] else { return nil }
        if case .scalar(let s) = node, s.style == .plain, node.null != nil { return nil }
        return node
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    func missing(_ key: String) {
        guard !misspelled.contains(key) else { return }
        context.sink.error("\(what) is missing required key '\(key)'", at: mark)
    }

    func typeError(_ key: String, _ expected: String, _ node: Node) {
        context.sink.error("'\(key)' must be \(expected), found \(Self.describe(node))", at: node.mark)
    }

    /// Describes a node for a message: `a list`, `a mapping` or the scalar's text in quotes.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.string.isEmpty ? "an empty value" : "'\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
