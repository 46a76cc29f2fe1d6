import Foundation

/// What `packet build` was asked to do.
public struct BuildRequest: Sendable {
    /// An article folder and how to name it in messages.
    public struct Article: Sendable {
        public var url: URL
        public var display: String
        public init(url: URL, display: String) { self.url = url; self.display = display }
    }

    public var articles: [Article]
    /// Audience names; empty means every audience in the templates folder.
    public var audiences: [String]
    public var templates: URL
    public var templatesDisplay: String
    /// The output folder; packets go to `<output>/<article>/<audience>/`.
    public var output: URL
    /// How the output folder is named in messages (default: its path).
    public var outputDisplay: String
    /// A class's answers to form A, for the gradebook (one article and one audience only).
    public var responses: URL?
    public var responsesDisplay: String
    /// Number of quiz forms (default: the audience's).
    public var forms: Int?
    /// Quiz seed (default: derived from the article id).
    public var seed: UInt64?
    /// Packets rendered at once.
    public var jobs: Int

    public init(articles: [Article], audiences: [String] = [], templates: URL, templatesDisplay: String,
                output: URL, responses: URL? = nil, responsesDisplay: String = "", forms: Int? = nil,
                seed: UInt64? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                outputDisplay: String? = nil) {
        self.outputDisplay = outputDisplay ?? output.path
        self.articles = articles; self.audiences = audiences; self.templates = templates
        self.templatesDisplay = templatesDisplay; self.output = output; self.responses = responses
        self.responsesDisplay = responsesDisplay; self.forms = forms; self.seed = seed; self.jobs = max(1, jobs)
    }
}

/// What was built for one packet.
public struct PacketReport: Sendable {
    public var article: String
    public var audience: String
    public var folder: URL
    public var manifest: Manifest
}
