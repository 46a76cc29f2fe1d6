import PacketModel
import Yams

extension MappingReader {
    /// A required, non-empty text value.
    func text(_ key: String) -> String? {
        guard let node = node(key) else { missing(key); return nil }
        return textValue(key, node)
    }

    /// An optional text value; present but empty is an error.
    func optionalText(_ key: String) -> String? {
        node(key).flatMap { textValue(key, $0) }
    }

    private func textValue(_ key: String, _ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { typeError(key, "text", node); return nil }
        guard !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            context.sink.error("'\(key)' must not be empty", at: node.mark)
            return nil
        }
        return scalar.string
    }

    /// A required whole number.
    func int(_ key: String) -> Int? {
        guard let node = node(key) else { missing(key); return nil }
        return intValue(key, node)
    }

    func intValue(_ key: String, _ node: Node) -> Int? {
        guard case .scalar = node, let value = node.int else { typeError(key, "a whole number", node); return nil }
        return value
    }

    /// A required number.
    func number(_ key: String) -> Double? {
        guard let node = node(key) else { missing(key); return nil }
        return numberValue(key, node)
    }

    func optionalNumber(_ key: String) -> Double? {
        node(key).flatMap { numberValue(key, $0) }
    }

    func numberValue(_ key: String, _ node: Node) -> Double? {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            typeError(key, "a number", node); return nil
        }
        return value
    }

    /// An optional true/false value with a default.
    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let node = node(key) else { return fallback }
        guard case .scalar = node, let value = node.bool else { typeError(key, "true or false", node); return fallback }
        return value
    }

    /// A required value from a fixed set, e.g. a claim kind.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type = T.self) -> T? where T.RawValue == String {
        guard let node = node(key) else { missing(key); return nil }
        return choiceValue(key, node)
    }

    func optionalChoice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type = T.self) -> T? where T.RawValue == String {
        node(key).flatMap { choiceValue(key, $0) }
    }

    func choiceValue<T: RawRepresentable & CaseIterable>(_ key: String, _ node: Node) -> T? where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        guard case .scalar(let s) = node, let value = T(rawValue: s.string) else {
            typeError(key, "one of \(allowed.joined(separator: ", "))", node); return nil
        }
        return value
    }

    /// A required ISO 8601 date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    func date(_ key: String) -> PartialDate? {
        guard let node = node(key) else { missing(key); return nil }
        return dateValue(key, node)
    }

    func optionalDate(_ key: String) -> PartialDate? {
        node(key).flatMap { dateValue(key, $0) }
    }

    private func dateValue(_ key: String, _ node: Node) -> PartialDate? {
        guard case .scalar(let s) = node, let date = PartialDate(iso: s.string) else {
            context.sink.error("'\(key)' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found \(Self.describe(node))",
                               at: node.mark)
            return nil
        }
        return date
    }

    /// An optional list of texts (absent means empty).
    func textList(_ key: String) -> [String] {
        guard let node = node(key) else { return [] }
        guard case .sequence(let seq) = node else { typeError(key, "a list", node); return [] }
        var reported: Set<String> = []
        return seq.enumerated().compactMap { index, item in
            context.sourceMap.record("\(childPath(key))[\(index)]", item.mark)
            // Items repeated through one alias share a position: one message says it.
            if case .scalar = item {} else if !reported.insert(item.mark.map { "\($0.line):\($0.column)" } ?? "").inserted {
                return nil
            }
            return textValue("\(key)[\(index)]", item)
        }
    }

    /// An optional list of whole numbers (absent means empty).
    func intList(_ key: String) -> [Int] {
        guard let node = node(key) else { return [] }
        guard case .sequence(let seq) = node else { typeError(key, "a list of whole numbers", node); return [] }
        return seq.compactMap { intValue(key, $0) }
    }

    /// The items of a list of mappings, each read by `read` with its path; absent means empty.
    func list<T>(_ key: String, required: Bool = false, _ read: (Node, String) -> T?) -> [T] {
        guard let node = node(key) else {
            if required { missing(key) }
            return []
        }
        guard case .sequence(let seq) = node else {
            typeError(key, "a list", node)
            if path.isEmpty { context.failedLists.insert(key) }
            return []
        }
        return seq.enumerated().compactMap { index, item in read(item, "\(childPath(key))[\(index)]") }
    }

    /// A nested mapping read by `read`; `nil` (with an error if required) when absent.
    func nested<T>(_ key: String, required: Bool = true, _ read: (Node, String) -> T?) -> T? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        return read(node, childPath(key))
    }
}
