import ArgumentParser
import Foundation
import PacketBuild
import PacketModel

/// `packet build`: writes packets into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build classroom packets into out/<article>/<audience>/.",
        discussion: """
        With no options, builds every seed article for every audience. Every input is checked \
        before anything is written; each packet folder is replaced in one step, so a failed build \
        leaves the previous packets untouched. A model that still holds drafted guesses \
        (review: true) or placeholders (TODO) is refused unless --draft asks for a review copy. \
        A folder is replaced only when it is a packet this \
        program wrote, exactly as its manifest.json lists it: a file saved or edited in it stops \
        the build (--force keeps the old folder as <audience>.bak-<n> and builds anew).

        Examples:
          packet build
          packet build --article isis-after-mosul --audience high-school
          packet build --article isis-after-mosul --audience high-school --responses class.csv
          packet build --article my-draft --draft      # a review copy of an unreviewed draft
          packet build --quiet                          # one line per packet; notes stay in manifest.json
        """)

    @Option(name: .customLong("article"), help: "A seed id or article folder (repeatable; default: every seed).")
    var articles: [String] = []

    @Option(name: .customLong("audience"), help: "An audience name (repeatable; default: every audience).")
    var audiences: [String] = []

    @Option(help: "The output folder.")
    var out = "out"

    @OptionGroup var templates: TemplatesFolder

    @OptionGroup var seeds: SeedsFolder

    @Option(help: "A CSV of the class's answers to quiz form A (header: student,1,2,…) for the gradebook.")
    var responses: String?

    @Option(help: "Number of quiz forms (default: the audience's setting).")
    var forms: Int?

    @Option(help: "Quiz seed (default: derived from the article id, so builds are reproducible).")
    var seed: UInt64?

    @Option(help: "Packets built at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Build a review copy of an unreviewed draft: every file says DRAFT — NOT REVIEWED and nothing is built from a TODO.")
    var draft = false
    @Flag(help: "Replace packet folders holding files this program did not write, keeping each old folder as <audience>.bak-<n>.")
    var force = false
    @Flag(help: "One line per packet: its notes stay in its manifest.json (warnings and errors are still printed).")
    var quiet = false

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out must name a folder") }
        if let forms, !(2...26).contains(forms) { throw ValidationError("--forms must be between 2 and 26") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try reportingDiagnostics {
            let ids = articles.isEmpty ? try ArticleLocation.seedIds(checking: seeds.path) : articles
            let located = try ids.map { try ArticleLocation($0, seeds: seeds.path) }
            var request = BuildRequest(
                articles: located.map { .init(url: $0.url, display: $0.display) }, audiences: audiences,
                templates: URL(fileURLWithPath: templates.path), templatesDisplay: templates.path,
                output: URL(fileURLWithPath: out), responses: responses.map { URL(fileURLWithPath: $0) },
                responsesDisplay: responses ?? "", forms: forms, seed: seed, jobs: jobs, outputDisplay: out, force: force)
            request.draft = draft
            let reports = try StandardPacket.builder(version: Packet.configuration.version).build(request)
            for report in reports {
                let notes = report.manifest.notes
                let summary = quiet && !notes.isEmpty
                    ? " (\(notes.count) note\(notes.count == 1 ? "" : "s") in manifest.json)" : ""
                print("\(out)/\(report.article)/\(report.audience): \(report.manifest.files.count + 1) files" + summary)
                if let kept = report.keptOld {
                    print("  kept the folder that was there as \(out)/\(report.article)/\(kept.lastPathComponent)")
                }
                if !quiet {
                    for note in notes { print("  note: \(note)") }
                }
                for warning in report.manifest.warnings {
                    printError("\(out)/\(report.article)/\(report.audience): warning: \(warning)")
                }
            }
        }
    }
}
