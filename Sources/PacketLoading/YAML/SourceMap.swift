import Yams

/// Where each value of a YAML file stood, by path (`claims[2].excerpt`), so that checks made
/// after reading can still point at a line and column.
struct SourceMap {
    private var marks: [String: Mark] = [:]

    init() {}

    mutating func record(_ path: String, _ mark: Mark?) {
        if let mark, marks[path] == nil { marks[path] = mark }
    }

    /// The mark of `path`, or of its nearest recorded parent.
    func mark(_ path: String) -> Mark? {
        var p = Substring(path)
        while true {
            if let m = marks[String(p)] { return m }
            guard let cut = p.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            p = p[..<cut]
        }
    }
}
