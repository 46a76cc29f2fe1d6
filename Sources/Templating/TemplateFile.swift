/// A Mustache template's text and where it came from.
package struct TemplateFile: Sendable, Hashable {
    /// The name other templates include it by: `{{> name}}`.
    package var name: String
    /// The file it was read from, as shown in error messages.
    package var path: String
    package var text: String

    package init(name: String, path: String, text: String) {
        self.name = name; self.path = path; self.text = text
    }
}
