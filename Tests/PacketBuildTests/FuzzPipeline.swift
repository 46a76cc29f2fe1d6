import Foundation
import PacketBuild
import PacketLoading
import PacketModel

/// The pipeline the fuzzer drives (Tests/Fuzz): load and validate a model against an article,
/// make each audience's quiz and run every standard renderer, all in memory. Thrown errors are
/// the expected outcome for bad input; only crashes, traps and hangs are bugs.
///
/// This file is compiled into PacketBuildTests (for the regression tests) and, by
/// `Tests/Fuzz/build.sh`, into the fuzzer, so both run exactly the same code.
struct FuzzPipeline {
    /// The line that splits a fuzz input into model bytes (before) and article bytes (after).
    static let separator = Data("\n=====article.txt=====\n".utf8)

    /// The audiences every loaded model is rendered for.
    let audiences: [Audience]
    /// The seed article's text, read with an input that is only a model.
    let seedArticle: Data
    /// The small model of Tests/Fuzz/corpus/small-fixture, read with an input that is only an
    /// article: checking the 77 kB seed model against every text would cost a second a run.
    let smallModel: Data

    /// Loads the repository's audiences, seed article and small model; `repository` is the package root.
    init(repository: URL) throws {
        let loader = AudienceLoader(folder: repository.appendingPathComponent("templates"), displayFolder: "templates")
        audiences = try loader.audienceNames().map { try loader.load($0) }
        seedArticle = try Data(contentsOf: repository.appendingPathComponent("seeds/isis-after-mosul/article.txt"))
        let fixture = try Data(contentsOf: repository.appendingPathComponent("Tests/Fuzz/corpus/small-fixture"))
        smallModel = fixture.firstRange(of: Self.separator).map { Data(fixture[..<$0.lowerBound]) } ?? fixture
    }

    /// Which audiences a loaded model is rendered for.
    enum AudienceChoice {
        /// Every audience (the regression tests).
        case all
        /// One audience picked by the input's length, so the fuzzer reaches every audience by
        /// mutating the input while each run stays four times cheaper.
        case byInputLength
    }

    /// Runs one fuzz input. With the separator it is `model + separator + article`; without
    /// it, the bytes are tried both as the model (with the seed article) and as the article
    /// (with the small model). Returns how many packets rendered completely.
    @discardableResult
    func run(_ input: Data, audiences choice: AudienceChoice = .all) -> Int {
        let chosen: [Audience]
        switch choice {
        case .all: chosen = audiences
        case .byInputLength: chosen = audiences.isEmpty ? [] : [audiences[input.count % audiences.count]]
        }
        if let split = input.firstRange(of: Self.separator) {
            return run(model: input[..<split.lowerBound], article: input[split.upperBound...], audiences: chosen)
        }
        let asModel = run(model: input, article: seedArticle, audiences: chosen)
        // Unreadable text fails the same way whatever the model: skip reading the model then.
        guard case .success = ArticleText.check(input, displayPath: "fuzz/article.txt") else { return asModel }
        return asModel + run(model: smallModel, article: input, audiences: chosen)
    }

    /// Load → validate → quiz → every renderer, for each of `audiences`.
    func run(model: Data, article: Data, audiences: [Audience]) -> Int {
        let text = ArticleText.check(Data(article), displayPath: "fuzz/article.txt")
        guard let yaml = String(validating: model, as: UTF8.self) else { return 0 }
        let result = ArticleLoader.load(yaml: yaml, yamlPath: "fuzz/model.yaml", id: "fuzz", text: text)
        guard let loaded = try? result.get() else { return 0 }
        var rendered = 0
        for audience in audiences {
            guard let quiz = try? StandardPacket.makeQuiz(loaded, audience, nil, nil, false).quiz else { continue }
            let input = RenderInput(article: loaded, audience: audience, quiz: quiz)
            var complete = true
            for renderer in StandardPacket.renderers where (try? renderer.render(input)) == nil {
                complete = false
            }
            if complete { rendered += 1 }
        }
        return rendered
    }
}
