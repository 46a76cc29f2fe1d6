/// The names a context provides, declared once by a renderer and checked against every template
/// before rendering, so a misspelt name is an error rather than a silent blank.
package indirect enum TemplateShape: Sendable, Hashable {
    case text
    case flag
    /// A list whose items all have this shape.
    case list(TemplateShape)
    /// Named fields.
    case record([String: TemplateShape])

    var kind: String {
        switch self {
        case .text: "text"
        case .flag: "a flag"
        case .list: "a list"
        case .record: "a record"
        }
    }

    /// The shape a (possibly dotted) name has when looked up from the innermost scope outwards,
    /// as Mustache does; `nil` when no scope provides it.
    static func resolve(_ name: String, in scopes: [TemplateShape]) -> TemplateShape? {
        if name == "." { return scopes.last }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return nil }
        for scope in scopes.reversed() {
            guard case .record(let fields) = scope, var shape = fields[first] else { continue }
            for part in parts.dropFirst() {
                guard case .record(let inner) = shape, let next = inner[part] else { return nil }
                shape = next
            }
            return shape
        }
        return nil
    }
}
