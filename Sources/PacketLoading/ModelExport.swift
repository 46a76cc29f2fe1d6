import Foundation
import PacketModel
import Yams

/// Writes a model as JSON (the published export) or as `model.yaml` text.
public enum ModelExport {
    /// The model as JSON: snake_case keys in a stable (sorted) order, pretty-printed, final newline.
    public static func json(_ model: ArticleModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
    }

    /// The model as `model.yaml` text in the documented key order, without computed fields;
    /// items whose ids are in `review` carry `review: true`.
    public static func yaml(_ model: ArticleModel, review: Set<String> = [], header: String = "") throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let json = String(decoding: try encoder.encode(model), as: UTF8.self)
        guard case .mapping(let root)? = try Yams.compose(yaml: json) else { return header }
        let ordered = Node.Mapping(ModelReader.rootKeys.compactMap { key in
            root[key].flatMap { value in strip(value, review: review).map { (Node(key), $0) } }
        })
        return header + (try Yams.serialize(node: .mapping(ordered), width: -1, allowUnicode: true, sortKeys: false))
    }

    /// Removes computed and empty values and adds review marks.
    private static func strip(_ node: Node, review: Set<String>) -> Node? {
        switch node {
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (key, value) in mapping {
                guard let name = key.string, !["location", "paragraphs", "kind"].contains(name) || isClaimKind(name, value)
                else { continue }
                if let kept = strip(value, review: review) { pairs.append((key, kept)) }
            }
            if let id = mapping["id"]?.string, review.contains(id) { pairs.append((Node("review"), Node("true"))) }
            return pairs.isEmpty ? nil : .mapping(Node.Mapping(pairs))
        case .sequence(let seq):
            let items = seq.compactMap { strip($0, review: review) }
            return items.isEmpty ? nil : .sequence(Node.Sequence(items))
        case .scalar(let s):
            if s.style == .plain && s.string == "false" { return nil }
            return .scalar(Node.Scalar(s.string, s.tag, s.string.contains("\n") ? .literal : .any))
        default:
            return node
        }
    }

    /// `kind` is a computed key of entities (people/organizations/places) but a real key of claims.
    private static func isClaimKind(_ key: String, _ value: Node) -> Bool {
        key == "kind" && ClaimKind(rawValue: value.string ?? "") != nil
            || key == "kind" && AuthoredQuestion.Kind(rawValue: value.string ?? "") != nil
    }
}
