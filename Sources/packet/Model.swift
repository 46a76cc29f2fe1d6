import ArgumentParser
import PacketLoading
import PacketModel

/// `packet model`: prints the validated model.
struct Model: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an article's validated model as JSON (with computed paragraph numbers).",
        discussion: """
        The JSON's shape is published in seeds/model.schema.json.

        Example:
          packet model isis-after-mosul --json > model.json
        """)

    @Argument(help: "A seed id or an article folder.")
    var article: String

    @Flag(help: "Print JSON (the only format for now).")
    var json = false

    @OptionGroup var seeds: SeedsFolder

    func run() throws {
        try reportingDiagnostics {
            let location = try ArticleLocation(article, seeds: seeds.path)
            let model = try ArticleLoader.load(folder: location.url, displayFolder: location.display).get()
            print(try ModelExport.json(model), terminator: "")
        }
    }
}
