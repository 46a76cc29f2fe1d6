import Foundation
import PacketLoading
import PacketModel

/// Files of this repository that the guide tests read: the templates folder and the seed articles.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let seeds = root.appendingPathComponent("seeds")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The audiences every packet is made for.
    static let audienceNames = ["middle-school", "high-school", "university", "policy-staff"]

    /// The templates an audience sees: `_shared/*.mustache`, overridden by the audience's own files
    /// of the same name — read directly, without the audience.yaml loader.
    static func templateSources(for audience: String) throws -> [String: TemplateSource] {
        var sources: [String: TemplateSource] = [:]
        for folder in ["_shared", audience] {
            let url = templates.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                let text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
                sources[name] = TemplateSource(name: name, path: "templates/\(folder)/\(file)", text: text)
            }
        }
        return sources
    }

    /// An audience as the loader reads it from `templates/<name>/audience.yaml`.
    static func audience(_ name: String) throws -> Audience {
        try AudienceLoader(folder: templates, displayFolder: "templates").load(name)
    }

    /// A validated seed model.
    static func seed(_ id: String) throws -> ArticleModel {
        try ArticleLoader.load(folder: seeds.appendingPathComponent(id), displayFolder: "seeds/\(id)").get()
    }
}
