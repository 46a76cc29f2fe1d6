import ArgumentParser
import PacketLoading
import PacketModel

/// `packet validate`: reports every problem in the models, exits non-zero on any error.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check article models and report every problem as path:line:col.",
        discussion: """
        With no ARTICLE, validates every article in the seeds folder. Exits with 0 only when there \
        are no errors (warnings are allowed).

        Example:
          packet validate isis-after-mosul
          packet validate path/to/my-article
        """)

    @Argument(help: "Seed ids or article folders (default: every seed).")
    var articles: [String] = []

    @OptionGroup var seeds: SeedsFolder

    func run() throws {
        try reportingDiagnostics {
            let ids = articles.isEmpty ? try ArticleLocation.seedIds(checking: seeds.path) : articles
            var errors = 0, warnings = 0
            for id in ids {
                let location = try ArticleLocation(id, seeds: seeds.path)
                let result = ArticleLoader.load(folder: location.url, displayFolder: location.display)
                for diagnostic in result.diagnostics { printError(diagnostic.description) }
                errors += result.errors.count
                warnings += result.warnings.count
                if result.diagnostics.isEmpty { print("\(location.display): ok") }
            }
            printError(Diagnostic.summary(errors: errors, warnings: warnings))
            if errors > 0 { throw ExitCode.failure }
        }
    }
}
