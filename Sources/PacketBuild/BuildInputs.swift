import Foundation
import PacketLoading
import PacketModel

/// Every input of a build, loaded and checked before anything is rendered or written.
struct BuildInputs {
    struct Packet: Sendable {
        var article: BuildRequest.Article
        var model: ArticleModel
        var audience: Audience
    }

    var packets: [Packet]

    /// Loads every article and audience (and the responses file); throws all problems at once.
    static func load(_ request: BuildRequest) throws -> BuildInputs {
        var diagnostics: [Diagnostic] = []
        var models: [(BuildRequest.Article, ArticleModel)] = []
        diagnostics += OutputFolder.problems(request.output, display: request.outputDisplay, force: request.force)
        var articles: [BuildRequest.Article] = []
        var byId: [String: BuildRequest.Article] = [:]
        for article in request.articles {
            let id = article.url.lastPathComponent
            if let problem = ArticleId.problem(id) {
                diagnostics.append(Diagnostic(file: article.display, message: problem))
            } else if let first = byId[id] {
                // The same folder named twice is built once; two folders with one id would overwrite each other.
                if first.url.standardizedFileURL != article.url.standardizedFileURL {
                    diagnostics.append(Diagnostic(file: article.display, message: "article id '\(id)' is also the id of "
                        + "\(first.display): both would be built into \(request.outputDisplay)/\(id)/; rename one of the two folders"))
                }
            } else {
                byId[id] = article
                articles.append(article)
            }
        }
        for (article, result) in zip(articles, loadArticles(articles, jobs: request.jobs)) {
            diagnostics += result.errors
            guard result.errors.isEmpty, let model = result.model else { continue }
            if request.draft {
                models.append((article, ReviewCopy.model(from: model)))
            } else if result.pending.isEmpty {
                models.append((article, model))
            } else {
                diagnostics += Self.unreviewed(result.pending, article: article)
            }
        }
        let loader = AudienceLoader(folder: request.templates, displayFolder: request.templatesDisplay)
        var audiences: [Audience] = []
        do {
            let names = request.audiences.isEmpty ? try loader.audienceNames() : request.audiences
            if names.isEmpty {
                diagnostics.append(Diagnostic(file: request.templatesDisplay, message: "no audiences found (folders with an audience.yaml)"))
            }
            for name in names {
                do { audiences.append(try loader.load(name)) }
                catch let error as DiagnosticsError { diagnostics += error.diagnostics }
            }
        } catch let error as DiagnosticsError {
            diagnostics += error.diagnostics
        }
        if request.responses != nil && (request.articles.count != 1 || audiences.count != 1) && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: request.responsesDisplay,
                message: "a responses file belongs to one class: use it with exactly one --article and one --audience"))
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        var packets: [Packet] = []
        for (article, model) in models {
            for audience in audiences {
                packets.append(Packet(article: article, model: model, audience: audience))
            }
        }
        // Every packet folder is checked before anything is written: one refused, none written.
        let refusals = packets.compactMap { packet -> Diagnostic? in
            let folder = packet.folder(in: request.output), display = packet.display(in: request.outputDisplay)
            if let tooLong = OutputFolder.pathTooLong(folder, display: display) { return tooLong }
            guard !request.force, case .foreign(let reason) = PacketFolder.state(of: folder) else { return nil }
            return PacketFolder.refusal(reason, folder: folder, display: display)
        }
        guard refusals.isEmpty else { throw DiagnosticsError(refusals) }
        return BuildInputs(packets: packets)
    }

    /// A model that still holds drafted guesses or placeholders never reaches students: one line
    /// with the counts, then each item where it stands, most important first.
    static func unreviewed(_ pending: [PendingReview], article: BuildRequest.Article) -> [Diagnostic] {
        let file = article.display + "/model.yaml"
        let guesses = pending.filter { if case .guess = $0.reason { true } else { false } }.count
        let placeholders = pending.count - guesses
        let counts = [guesses > 0 ? Self.count(guesses, "drafted guess", "drafted guesses") + " (review: true)" : nil,
                      placeholders > 0 ? Self.count(placeholders, "placeholder", "placeholders") + " (TODO)" : nil]
            .compactMap { $0 }.joined(separator: " and ")
        let id = article.url.lastPathComponent
        let summary = Diagnostic(file: file, message: "not reviewed: \(counts). A draft never reaches students: "
            + "`packet review \(id)` lists what is left to check; `packet build --draft` makes a review copy marked DRAFT")
        return [summary] + pending.map { Diagnostic(file: file, line: $0.line, column: $0.column, message: $0.summary) }
    }

    private static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

    /// Every article's load result, in order. Articles load on `jobs` threads:
    /// loaded one by one, a batch of articles spent a tenth of its time here on one core.
    private static func loadArticles(_ articles: [BuildRequest.Article], jobs: Int) -> [LoadResult] {
        parallelMap(articles.count, workers: jobs) { index in
            ArticleLoader.load(folder: articles[index].url, displayFolder: articles[index].display)
        }
    }
}

extension BuildInputs.Packet {
    /// The packet's folder, `<output>/<article id>/<audience>`.
    func folder(in output: URL) -> URL {
        output.appendingPathComponent(model.id).appendingPathComponent(audience.name)
    }

    /// The folder as messages name it.
    func display(in output: String) -> String { "\(output)/\(model.id)/\(audience.name)" }
}

/// Article ids name folders in the output: `<output>/<id>/<audience>/`.
enum ArticleId {
    /// Why `id` cannot be an article id (lower-case letters, digits and single '-'), if it cannot.
    static func problem(_ id: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard id.isEmpty || !id.allSatisfy(allowed.contains) || id.hasPrefix("-") || id.hasSuffix("-") || id.contains("--") else {
            return nil
        }
        return "'\(id)' is not a valid article id (the folder's name, which names its packets' folder): use lower-case letters, digits and '-'"
    }
}
