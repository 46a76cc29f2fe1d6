import PacketModel
import Yams

/// Checks a composed YAML tree before it is read: aliases may repeat only so much (a short file
/// can otherwise alias one long value thousands of times, and reading it would take minutes and
/// gigabytes), and no value may hold a character no packet file can carry.
///
/// An alias is the very node it names, so the walk never enters one: it counts the alias and adds
/// the size its anchored value was found to have, which keeps the walk as long as the file, not
/// as long as the document the aliases make.
struct YAMLScan {
    /// The most aliases one file may use.
    static let maximumAliases = 1_000
    /// The most text (in bytes, counting every value again for each alias to it) aliases may repeat.
    static let maximumAliasedBytes = 1_000_000

    private let sink: DiagnosticSink
    private var sizes: [ObjectIdentifier: Int] = [:]
    private var aliases = 0
    private var aliasedBytes = 0
    /// True once a limit is passed: the document must not be read.
    private(set) var overLimit = false

    /// Scans `root` (while the parser that made it is alive: it owns the anchors); records every
    /// problem in `sink`. Returns false when an alias limit was passed and the tree must not be read.
    static func check(_ root: Node, sink: DiagnosticSink) -> Bool {
        var scan = YAMLScan(sink: sink)
        _ = scan.visit(root, key: nil)
        return !scan.overLimit
    }

    private init(sink: DiagnosticSink) { self.sink = sink }

    private static let cap = Int.max / 4

    /// The size of `node` with its aliases expanded (capped), counting one per node and the bytes of each scalar.
    private mutating func visit(_ node: Node, key: String?) -> Int {
        guard !overLimit else { return 0 }
        let anchor = node.anchor.map(ObjectIdentifier.init)
        if let anchor, let size = sizes[anchor] {
            aliases += 1
            aliasedBytes = min(aliasedBytes + size, Self.cap)
            let name = node.anchor.map { " ('&\($0.rawValue)')" } ?? ""
            if aliases > Self.maximumAliases {
                overLimit = true
                sink.error("too many aliases: this file uses more than \(Self.maximumAliases), the limit; the one past it "
                           + "repeats the value anchored here\(name)", at: node.mark)
            } else if aliasedBytes > Self.maximumAliasedBytes {
                overLimit = true
                sink.error("aliases repeat more than \(Self.maximumAliasedBytes / 1_000_000) MB of text in this file, the limit "
                           + "(each alias counts its whole value again); the one past it repeats the value anchored here\(name): "
                           + "write the values out instead", at: node.mark)
            }
            return size
        }
        var size = 1
        switch node {
        case .scalar(let scalar):
            size += scalar.string.utf8.count
            if let bad = UnwrittenCharacters.first(in: scalar.string) {
                let what = key.map { "'\($0)'" } ?? "this value"
                sink.error("\(what) holds \(UnwrittenCharacters.describe(bad)), which no packet file can hold; remove it "
                           + "(in double quotes, an escape such as \\a or \\uFFFE writes one)", at: node.mark)
            }
        case .mapping(let mapping):
            for (k, v) in mapping {
                size = min(size + visit(k, key: nil) + visit(v, key: k.string ?? key), Self.cap)
            }
        case .sequence(let sequence):
            for item in sequence { size = min(size + visit(item, key: key), Self.cap) }
        case .alias:
            break
        }
        if let anchor { sizes[anchor] = size }
        return size
    }
}
