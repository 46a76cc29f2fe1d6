import Foundation
import PacketLoading
import PacketModel

/// A made-up article and its curated model, of any size: the input of the build, batch and draft
/// benchmarks. Every paragraph names its own town, so every excerpt occurs once and the model
/// loads without errors; the text reads like a local news report about a package works plan.
struct SyntheticArticle {
    let id: String
    /// The article as `article.txt`: a headline, a blank line, then one paragraph per line pair.
    let text: String
    let model: ArticleModel

    /// Article number `index` with `paragraphs` body paragraphs (at least 2), reproducible from `index`.
    init(index: Int, paragraphs: Int) {
        var draft = SyntheticDraft(index: index)
        for p in 0..<max(paragraphs, 2) { draft.addParagraph(p) }
        id = draft.id
        text = draft.articleText
        model = draft.model
    }

    /// Just the text of a large article (no model), about `bytes` long: the `packet draft` input.
    static func text(bytes: Int) -> String {
        var draft = SyntheticDraft(index: 0)
        var p = 0
        while draft.byteCount < bytes { draft.addParagraph(p); p += 1 }
        return draft.articleText
    }

    /// Writes `<seeds>/<id>/article.txt` and `model.yaml`; returns the article folder.
    func write(into seeds: URL) throws -> URL {
        let folder = seeds.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("article.txt"))
        let yaml = try ModelExport.yaml(model)
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("model.yaml"))
        return folder
    }
}
