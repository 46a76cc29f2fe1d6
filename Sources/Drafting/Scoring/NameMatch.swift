/// When a drafted name and an answer sheet's name stand for the same entity.
enum NameMatch {
    /// Lower case, without full stops, with one kind of apostrophe, hyphens as spaces and no leading "the".
    static func normal(_ name: String) -> [Substring] {
        var s = ""
        for c in name.lowercased() {
            switch c {
            case ".": continue
            case "’", "‘": s.append("'")
            case "-", "‐", "‑", "–", "—": s.append(" ")
            default: s.append(c)
            }
        }
        var words = s.split(separator: " ")
        if words.first == "the" { words.removeFirst() }
        return words
    }

    /// True when one of `drafted` and one of `answer` are the same name: equal once normalised, or one
    /// holding the other as whole words and at least half as long ("Department of Transportation",
    /// "U.S. Department of Transportation"), or — for people — the same surname with the same first
    /// name or none ("Powell", "Jerome Powell", "Jerome H. Powell").
    static func same(_ drafted: [String], _ answer: [String], person: Bool) -> Bool {
        for d in drafted.map(normal) where !d.isEmpty {
            for a in answer.map(normal) where !a.isEmpty {
                if d == a { return true }
                let (short, long) = d.count <= a.count ? (d, a) : (a, d)
                if long.count > short.count, contains(long, short),
                   short.joined(separator: " ").count * 2 >= long.joined(separator: " ").count {
                    return true
                }
                if person, d.last == a.last, d.count == 1 || a.count == 1 || d.first == a.first { return true }
            }
        }
        return false
    }

    private static func contains(_ long: [Substring], _ short: [Substring]) -> Bool {
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
            return true
        }
        return false
    }
}
