import Foundation
import PacketModel
import Yams

/// Writes a model as JSON (the published export) or as `model.yaml` text.
package enum ModelExport {
    /// The model as JSON: snake_case keys in a stable (sorted) order, pretty-printed, final newline.
    package static func json(_ model: ArticleModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
    }

    /// The model as `model.yaml` text in the documented key order, without computed fields;
    /// items whose ids are in `review` carry `review: true`, or `review: {basis, confidence}` when
    /// `reasons` says what the guess rests on and how sure the drafter is.
    package static func yaml(_ model: ArticleModel, review: Set<String> = [], reasons: [String: ReviewReason] = [:],
                             header: String = "") throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let json = String(decoding: try encoder.encode(model), as: UTF8.self)
        // The root's `id` is the seed folder's name, not a key of the file.
        guard case .mapping(var root)? = try Yams.compose(yaml: json) else { return header }
        root["id"] = nil
        // `statistics: none` is written in place of the (then empty) list.
        if let absence = root["statistics_absence"] { root["statistics"] = absence; root["statistics_absence"] = nil }
        guard let stripped = strip(.mapping(root), review: review, reasons: reasons) else { return header }
        let body = try Yams.serialize(node: stripped, width: -1, allowUnicode: true, sortKeys: false)
        // A blank line before each top-level key makes the sections easy to find.
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            index > 0 && !line.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("-") ? "\n" + line : String(line)
        }
        return header + lines.joined(separator: "\n")
    }

    /// The order keys are written in, as seeds/README.md documents them; others follow alphabetically.
    private static let keyOrder: [String] = ModelReader.rootKeys + [
        "id", "name", "term", "title", "dek", "outlet", "outlet_inferred", "author", "genre", "published", "date", "inferred", "note",
        "language", "tags", "advisory", "level", "topics", "source_note", "url", "license", "retrieved", "text", "plain", "kind", "type", "summary",
        "prompt", "bloom", "value", "min", "max", "unit", "as_written", "approximate", "measures", "population",
        "period", "start", "end", "until", "place", "source", "caveat", "speaker", "role", "mode", "context", "aliases",
        "stance", "described_as", "refer_as", "description", "people", "places", "basis", "phrase", "article_date", "ask",
        "definition", "part_of_speech", "tier", "words", "device", "effect", "neutral", "does_not_show", "figurative",
        "skill", "dok", "asserted_by", "hedge", "from", "to", "supports", "assessment", "strength", "statistic", "quote",
        "rubric", "criterion", "points", "related", "model_answer", "bears_on", "background", "anticipation",
        "teacher_note", "excerpt", "sensitive", "photo_credit", "boilerplate", "pull_quote",
    ]

    /// Each key's place in ``keyOrder`` (the first, for a key listed twice).
    private static let keyRank: [String: Int] = Dictionary(keyOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// Removes computed and empty values, orders keys, writes keys plainly and adds review marks.
    private static func strip(_ node: Node, review: Set<String>, reasons: [String: ReviewReason]) -> Node? {
        switch node {
        case .mapping(let mapping):
            var pairs: [(String, Node)] = []
            for (key, value) in mapping {
                guard let name = key.string, !["location", "paragraphs", "kind", "described_as_location"].contains(name) || isClaimKind(name, value)
                else { continue }
                if let kept = strip(value, review: review, reasons: reasons) { pairs.append((name, kept)) }
            }
            if let id = mapping["id"]?.string, review.contains(id) {
                if let reason = reasons[id] {
                    pairs.append(("review", .mapping(Node.Mapping([(Node("basis"), Node(reason.basis)),
                                                                   (Node("confidence"), Node(reason.confidence))]))))
                } else {
                    pairs.append(("review", Node("true")))
                }
            }
            let rank = { (key: String) in keyRank[key] ?? keyOrder.count }
            pairs.sort { (rank($0.0), $0.0) < (rank($1.0), $1.0) }
            return pairs.isEmpty ? nil : .mapping(Node.Mapping(pairs.map { (Node($0.0), $0.1) }))
        case .sequence(let seq):
            let items = seq.compactMap { strip($0, review: review, reasons: reasons) }
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
