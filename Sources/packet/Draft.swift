import ArgumentParser
import Drafting
import Foundation
import PacketBuild
import PacketLoading
import PacketModel

/// `packet draft`: a first model.yaml from an article's plain text.
struct Draft: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft a first model.yaml from an article's text, for an editor to correct.",
        discussion: """
        Finds the layout, numbers, dates, quotes, names, likely claims and glossary words. Every \
        guess is marked 'review: true'; wording only a person can write says TODO. The draft passes \
        'packet validate' (with a warning per guess).

        With ARTICLE.txt at seeds/<id>/article.txt the model is written beside it; an article \
        elsewhere is copied into seeds/<id>/ (id from its file name). An existing model.yaml is \
        never overwritten unless --force is given.

        Example:
          packet draft seeds/my-article/article.txt --published 2024-03-05
          packet draft ~/Downloads/op-ed.txt --output /tmp/op-ed.yaml
        """)

    @Argument(help: "The article's plain text (UTF-8).")
    var article: String

    @Option(help: "Publication date YYYY, YYYY-MM or YYYY-MM-DD (default: the date the text prints at its head, such as 'Updated April 20, 2026' or a dateline; otherwise left TODO). Relative dates ('last month', 'Tuesday') are dated from it.")
    var published: String?

    @Option(help: "Where to write the model (default: model.yaml in the article's seed folder).")
    var output: String?

    @Option(help: "The outlet that published the article.")
    var outlet: String?

    @Option(help: "The author's name.")
    var author: String?

    @OptionGroup var seeds: SeedsFolder

    @Flag(help: "Overwrite an existing model file.")
    var force = false

    func run() async throws {
        try await reportingDiagnostics {
            let date = try published.map { text in
                guard let date = PartialDate(iso: text) else {
                    throw ValidationError("--published must be YYYY, YYYY-MM or YYYY-MM-DD, found '\(text)'")
                }
                return date
            }
            let source = URL(fileURLWithPath: article)
            let text = try ArticleText.read(source, displayPath: article).get()
            let plan = DraftPlan(article: source, seeds: seeds.path, output: output)
            if !force, FileManager.default.fileExists(atPath: plan.model.path) {
                throw DiagnosticsError([Diagnostic(file: plan.modelDisplay,
                    message: "already exists; a curated model is never overwritten (use --force, or --output FILE)")])
            }
            let draft: DraftedModel
            do {
                draft = try Drafter.draft(text: text.text, options: DraftOptions(id: plan.id, published: date, outlet: outlet, author: author))
            } catch let error as DraftError {
                throw DiagnosticsError([Diagnostic(file: article, message: error.description)])
            }
            let header = """
            # Drafted by `packet draft` from \(source.lastPathComponent). Every guess carries a `review:` mark
            # saying what it rests on and how sure the drafter is: check it against the article, correct
            # it, then delete the mark. Replace every TODO. `packet review` lists what is left.
            # The format is explained in seeds/README.md; check with `packet validate`.

            """
            let folder = (plan.modelDisplay as NSString).deletingLastPathComponent
            if let file = FolderPath.fileInTheWay(folder) {
                throw DiagnosticsError([Diagnostic(file: plan.modelDisplay, message: "cannot write the model: '\(file)' is a file")])
            }
            // Writing the YAML and checking the draft against the article are independent, and each
            // takes seconds for a long text: they run at once.
            let (model, review, reasons, display) = (draft.model, draft.reviewIds, draft.reviewReasons, plan.modelDisplay)
            async let written = ModelExport.yaml(model, review: review, reasons: reasons, header: header)
            async let checked = ArticleLoader.validate(model, text: text, displayPath: display)
            let yaml = try await written
            try Interruption.guarded { try plan.write(yaml: yaml, text: text) }
            let check = await checked
            print("Wrote \(plan.modelDisplay): \(draft.model.claims.count + 1) claims, \(draft.model.statistics.count) numbers, "
                  + "\(draft.model.events.count) dates, \(draft.model.quotes.count) quotes, \(draft.model.entities.count) names, "
                  + "\(draft.reviewIds.count) guesses to review, \(check.errors.count) validation errors.")
            if !draft.glossaryCandidates.isEmpty {
                print("Glossary candidates (add definitions under 'vocabulary'): \(draft.glossaryCandidates.joined(separator: ", "))")
            }
            for note in draft.notes { print("note: \(note)") }
        }
    }
}

/// Where a draft goes: the model file, and the seed folder the article is copied into.
struct DraftPlan {
    let id: String
    let model: URL
    let modelDisplay: String
    /// The seed folder's article.txt to create, when the article is not already there.
    let articleCopy: URL?

    init(article: URL, seeds: String, output: String?) {
        let parent = article.deletingLastPathComponent()
        let inSeedFolder = article.lastPathComponent == "article.txt"
        let name = inSeedFolder ? parent.lastPathComponent : article.deletingPathExtension().lastPathComponent
        id = Self.slug(name)
        if let output {
            model = URL(fileURLWithPath: output)
            modelDisplay = output
            articleCopy = nil
        } else if inSeedFolder {
            model = parent.appendingPathComponent("model.yaml")
            modelDisplay = model.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
            articleCopy = nil
        } else {
            let folder = URL(fileURLWithPath: seeds).appendingPathComponent(id)
            model = folder.appendingPathComponent("model.yaml")
            modelDisplay = "\(seeds)/\(id)/model.yaml"
            articleCopy = folder.appendingPathComponent("article.txt")
        }
    }

    /// Writes the model (and the article copy) through temporary files renamed into place.
    func write(yaml: String, text: ArticleText) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: model.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let articleCopy, !fm.fileExists(atPath: articleCopy.path) {
            try Data(text.text.utf8).write(to: articleCopy, options: .atomic)
        }
        try Data(yaml.utf8).write(to: model, options: .atomic)
    }

    /// A seed id: lower-case letters, digits and single dashes.
    static func slug(_ name: String) -> String {
        var slug = ""
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { slug.append(c) }
            else if !slug.isEmpty && slug.last != "-" { slug.append("-") }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "article" : slug
    }
}
