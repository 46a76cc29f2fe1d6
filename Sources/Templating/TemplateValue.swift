import Mustache

/// A value a template can show: the context handed to ``TemplateLibrary/render(_:context:shape:)``.
package indirect enum TemplateValue: Sendable, Hashable {
    /// Text printed as it is (never escaped). Empty text counts as absent in `{{#…}}` sections.
    case text(String)
    /// A yes/no switch for `{{#flag}}…{{/flag}}` and `{{^flag}}…{{/flag}}`.
    case flag(Bool)
    /// Items a `{{#list}}…{{/list}}` section repeats for.
    case list([TemplateValue])
    /// Named values.
    case record([String: TemplateValue])
    /// An optional value that is not there: prints nothing, and only `{{^…}}` sections show.
    case absent

    /// `.text(value)` or ``absent`` when `value` is `nil`.
    package static func optional(_ value: String?) -> TemplateValue { value.map(TemplateValue.text) ?? .absent }

    /// Where this value does not have the shape it is declared with (`claims.2.text is missing`), for tests.
    package func mismatches(against shape: TemplateShape, at path: String = "") -> [String] {
        let here = path.isEmpty ? "the context" : path
        switch (self, shape) {
        case (.absent, _), (.text, .text), (.flag, .flag):
            return []
        case (.list(let items), .list(let element)):
            return items.enumerated().flatMap { $0.element.mismatches(against: element, at: "\(path).\($0.offset)") }
        case (.record(let values), .record(let fields)):
            let missing = fields.keys.filter { values[$0] == nil }.sorted().map { "\(path).\($0) is missing" }
            let extra = values.keys.filter { fields[$0] == nil }.sorted().map { "\(path).\($0) is not declared" }
            let inner = fields.keys.sorted().flatMap { key in
                values[key].map { $0.mismatches(against: fields[key] ?? .text, at: path + "." + key) } ?? []
            }
            return missing + extra + inner
        default:
            return ["\(here) is \(kind), declared \(shape.kind)"]
        }
    }

    var kind: String {
        switch self {
        case .text: "text"
        case .flag: "a flag"
        case .list: "a list"
        case .record: "a record"
        case .absent: "absent"
        }
    }

    /// The value as swift-mustache reads it: dictionaries, arrays, strings and booleans.
    var mustacheValue: Any {
        switch self {
        case .text(let text): text.isEmpty ? Absent() : text
        case .flag(let flag): flag
        case .list(let items): items.map(\.mustacheValue)
        case .record(let values): values.mapValues(\.mustacheValue)
        case .absent: Absent()
        }
    }
}

/// Found by name (so the lookup stops here rather than climbing to an outer scope) but empty.
private struct Absent: MustacheCustomRepresentation {
    var representation: Any? { nil }
}
