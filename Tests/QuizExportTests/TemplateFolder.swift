import Foundation
import PacketModel

/// Loads templates from the repository's `templates/` folder the way audiences get them: the
/// shared `_shared/*.mustache`, overridden by the audience's own files of the same name.
enum TemplateFolder {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    static func templates(audience: String) throws -> [String: TemplateSource] {
        var templates: [String: TemplateSource] = [:]
        for folder in ["_shared", audience] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for file in names.sorted() where file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                let text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
                templates[name] = TemplateSource(name: name, path: "templates/\(folder)/\(file)", text: text)
            }
        }
        return templates
    }

    /// The fixture input with the repository's templates for its audience.
    static func input() throws -> RenderInput {
        var input = FixtureBank.input
        input.audience.templates = try templates(audience: input.audience.name)
        return input
    }
}
