/// Where a tag starts in its file (1-based).
struct SourcePosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// The parts of a parsed template that refer to names: what the checker walks.
indirect enum TemplateNode: Sendable, Hashable {
    /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
    case variable(String, SourcePosition)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(String, inverted: Bool, SourcePosition, [TemplateNode])
    /// `{{> name}}`.
    case partial(String, SourcePosition)
    /// Literal text between tags (comments and tags the checker ignores included), by its length in UTF-8 bytes.
    case text(bytes: Int, SourcePosition)
}
