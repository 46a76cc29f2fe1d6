import ArgumentParser
import PacketLoading
import PacketModel

/// `packet review`: the editor's checklist of what a drafted model still needs.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List what is left to check in a drafted model, most important first.",
        discussion: """
        Every drafted guess (review: true) and every placeholder (TODO), grouped: the thesis and \
        claims first, then figures, quotes and speakers, people, dates and vocabulary. Each line \
        gives where it stands (model.yaml:LINE:COL), what the guess was based on and how sure the \
        drafter was. A model with nothing left builds for students.

        Example:
          packet review my-article
        """)

    @Argument(help: "A seed id or an article folder.")
    var article: String

    @OptionGroup var seeds: SeedsFolder

    func run() throws {
        try reportingDiagnostics {
            let location = try ArticleLocation(article, seeds: seeds.path)
            let result = ArticleLoader.load(folder: location.url, displayFolder: location.display)
            guard let model = result.model, result.errors.isEmpty else { throw DiagnosticsError(result.diagnostics) }
            print(ReviewChecklist(model: model, pending: result.pending, file: location.display + "/model.yaml").text,
                  terminator: "")
        }
    }
}
