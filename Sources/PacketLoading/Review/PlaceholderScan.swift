import Yams

/// Finds placeholder text (`TODO`) anywhere in a model's values, with where it stands.
enum PlaceholderScan {
    /// Every scalar value holding the word `TODO`, as a pending review of the item it is in.
    static func pending(in root: Node) -> [PendingReview] {
        guard case .mapping(let mapping) = root else { return [] }
        var found: [PendingReview] = []
        for (key, value) in mapping {
            guard let rootKey = key.string else { continue }
            let section = PendingReview.Section(rootKey: rootKey)
            switch value {
            case .sequence(let items):
                for item in items {
                    let id = idOf(item)
                    walk(item, field: "", into: &found) { field, text, mark in
                        PendingReview(section: section, what: singular(rootKey), id: id, line: mark?.line ?? 0,
                                      column: mark?.column ?? 0, reason: .placeholder(field: field, text: text))
                    }
                }
            default:
                let id = idOf(value)
                walk(value, field: rootKey, into: &found) { field, text, mark in
                    PendingReview(section: section, what: rootKey == "metadata" ? "metadata" : singular(rootKey), id: id,
                                  line: mark?.line ?? 0, column: mark?.column ?? 0, reason: .placeholder(field: field, text: text))
                }
            }
        }
        return found
    }

    /// True when `text` holds `TODO` as a word (not inside another word such as "TODOS").
    static func isPlaceholder(_ text: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: "TODO") {
            let before = rest[..<range.lowerBound].last, after = rest[range.upperBound...].first
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    private static func walk(_ node: Node, field: String, into found: inout [PendingReview],
                             _ make: (String, String, Mark?) -> PendingReview) {
        switch node {
        case .scalar(let scalar):
            if isPlaceholder(scalar.string) { found.append(make(field, scalar.string, node.mark)) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.string ?? "?"
                walk(value, field: field.isEmpty ? name : "\(field).\(name)", into: &found, make)
            }
        case .sequence(let items):
            for item in items { walk(item, field: field, into: &found, make) }
        case .alias:
            break
        }
    }

    private static func idOf(_ node: Node) -> String? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping["id"]?.string
    }

    /// `claims` → `claim`, `people` → `person`, for messages.
    static func singular(_ key: String) -> String {
        switch key {
        case "people": "person"
        case "vocabulary": "vocabulary term"
        case "evidence": "evidence"
        case "statistics": "statistic"
        case "questions": "question"
        case "relations": "relation"
        case "implications": "implication"
        case "watch_for": "what to watch"
        case "thesis", "summary", "plain_summary", "layout": key
        default: key.hasSuffix("s") ? String(key.dropLast()) : key
        }
    }
}
