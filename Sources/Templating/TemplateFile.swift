/// A Mustache template's text and where it came from.
public struct TemplateFile: Sendable, Hashable {
    /// The name other templates include it by: `{{> name}}`.
    public var name: String
    /// The file it was read from, as shown in error messages.
    public var path: String
    public var text: String

    public init(name: String, path: String, text: String) {
        self.name = name; self.path = path; self.text = text
    }
}
