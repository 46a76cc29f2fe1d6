import Foundation
import PacketLoading
import PacketModel
import Synchronization

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
        for (article, result) in zip(request.articles, loadArticles(request)) {
            diagnostics += result.errors
            if let model = result.model { models.append((article, model)) }
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
        return BuildInputs(packets: packets)
    }

    /// Every article's load result, in request order. Articles load on `request.jobs` threads:
    /// loaded one by one, a batch of articles spent a tenth of its time here on one core.
    private static func loadArticles(_ request: BuildRequest) -> [LoadResult] {
        let articles = request.articles
        let results = Mutex<[Int: LoadResult]>([:])
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(request.jobs, max(1, articles.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < articles.count else { return }
                let result = ArticleLoader.load(folder: articles[index].url, displayFolder: articles[index].display)
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { loaded in articles.indices.compactMap { loaded[$0] } }
    }
}
