import Foundation

/// What `packet build` was asked to do.
package struct BuildRequest: Sendable {
    /// An article folder and how to name it in messages.
    package struct Article: Sendable {
        package var url: URL
        package var display: String
        package init(url: URL, display: String) { self.url = url; self.display = display }
    }

    package var articles: [Article]
    /// Audience names; empty means every audience in the templates folder.
    package var audiences: [String]
    package var templates: URL
    package var templatesDisplay: String
    /// The output folder; packets go to `<output>/<article>/<audience>/`.
    package var output: URL
    /// How the output folder is named in messages (default: its path).
    package var outputDisplay: String
    /// A class's answers to form A, for the gradebook (one article and one audience only).
    package var responses: URL?
    package var responsesDisplay: String
    /// Number of quiz forms (default: the audience's).
    package var forms: Int?
    /// Quiz seed (default: derived from the article id).
    package var seed: UInt64?
    /// Packets rendered at once.
    package var jobs: Int
    /// Build a review copy of models that still hold drafted guesses or placeholders: every file
    /// says DRAFT — NOT REVIEWED, and nothing is built from a placeholder. Without it such a model
    /// is refused.
    package var draft = false
    /// Replace a folder that is not a packet this program wrote, keeping it as `<audience>.bak-<n>`,
    /// and write into an output folder that holds other things.
    package var force: Bool

    package init(articles: [Article], audiences: [String] = [], templates: URL, templatesDisplay: String,
                output: URL, responses: URL? = nil, responsesDisplay: String = "", forms: Int? = nil,
                seed: UInt64? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                outputDisplay: String? = nil, force: Bool = false) {
        self.outputDisplay = outputDisplay ?? output.path
        self.articles = articles; self.audiences = audiences; self.templates = templates
        self.templatesDisplay = templatesDisplay; self.output = output; self.responses = responses
        self.responsesDisplay = responsesDisplay; self.forms = forms; self.seed = seed; self.jobs = max(1, jobs)
        self.force = force
    }
}

/// What was built for one packet.
package struct PacketReport: Sendable {
    package var article: String
    package var audience: String
    package var folder: URL
    package var manifest: Manifest
    /// Where the folder that stood there was kept (with `force`, or when files were saved into
    /// the old packet while the build ran); `nil` when nothing was kept.
    package var keptOld: URL?
}
