import Foundation
import Testing

@Suite("packet draft")
struct DraftCommandTests {
    /// A fresh folder holding the seed article as `mosul.txt` and its draft, `seeds/mosul/model.yaml`.
    static func draftSeed() throws -> (folder: URL, draft: CLI.Run) {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(at: CLI.repo.appendingPathComponent("seeds/isis-after-mosul/article.txt"),
                                         to: folder.appendingPathComponent("mosul.txt"))
        let draft = try CLI.run(["draft", "mosul.txt", "--published", "2017-07"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        return (folder, draft)
    }

    @Test("drafting the seed article writes a model that validates with no errors, every guess marked for review, and builds only as a review copy")
    func draftValidates() throws {
        let (folder, draft) = try Self.draftSeed()
        #expect(draft.stdout.hasPrefix("Wrote seeds/mosul/model.yaml:"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("seeds/mosul/article.txt").path))
        // Every guess says what it rests on and how sure the drafter is, for `packet review`.
        let yaml = try String(contentsOf: folder.appendingPathComponent("seeds/mosul/model.yaml"), encoding: .utf8)
        let marks = yaml.components(separatedBy: "\n  review:\n    basis: ").count - 1
        #expect(marks > 20, "review marks with a basis: \(marks)")
        #expect(!yaml.contains("review: true"), "every drafted mark carries its basis and confidence")
        for level in ["low", "medium", "high"] { #expect(yaml.contains("confidence: \(level)\n"), "no \(level)-confidence guess") }
        let validate = try CLI.run(["validate", "mosul"], in: folder)
        #expect(validate.status == 0)
        #expect(validate.stderr.contains("marked 'review: true'"))
        #expect(validate.stderr.hasPrefix("seeds/mosul/model.yaml:"))
        // A draft is a start: the high-school quiz blueprint says what the model still needs,
        // against the model file, and nothing is written.
        let build = try CLI.run(["build", "--article", "mosul", "--audience", "high-school", "--templates", CLI.repo.path + "/templates"], in: folder)
        #expect(build.status == 1, "a draft must never build for students")
        let copy = try CLI.run(["build", "--article", "mosul", "--audience", "high-school", "--templates", CLI.repo.path + "/templates", "--draft"], in: folder)
        #expect(copy.status == 0, "\(copy.stderr)")
    }

    @Test("a draft has no adaptations, so a middle-school review copy reads the original and says why")
    func draftHasNoAdaptations() throws {
        let (folder, _) = try Self.draftSeed()
        let model = try String(contentsOf: folder.appendingPathComponent("seeds/mosul/model.yaml"), encoding: .utf8)
        #expect(!model.contains("adaptations"), "adapting is an editor's job; a draft never writes one")
        let copy = try CLI.run(["build", "--article", "mosul", "--audience", "middle-school", "--templates", CLI.repo.path + "/templates",
                                "--draft"], in: folder)
        #expect(copy.status == 0, "\(copy.stderr)")
        let packet = folder.appendingPathComponent("out/mosul/middle-school")
        #expect(FileManager.default.fileExists(atPath: packet.appendingPathComponent("student/article.txt").path))
        #expect(!FileManager.default.fileExists(atPath: packet.appendingPathComponent("student/article-adapted.txt").path))
        let manifest = try String(contentsOf: packet.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("no 'grades-6-8' adaptation"))
    }

    @Test("an existing model is never overwritten without --force")
    func refusesOverwrite() throws {
        let folder = try CLI.temporaryFolder()
        let seed = folder.appendingPathComponent("seeds/demo")
        try FileManager.default.createDirectory(at: seed, withIntermediateDirectories: true)
        try Data("Title\n\nThe mayor said on May 3, 2020 that 40% agreed.\n".utf8).write(to: seed.appendingPathComponent("article.txt"))
        try Data("curated: true\n".utf8).write(to: seed.appendingPathComponent("model.yaml"))
        let run = try CLI.run(["draft", "seeds/demo/article.txt"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("seeds/demo/model.yaml: error: already exists"))
        #expect(try String(contentsOf: seed.appendingPathComponent("model.yaml"), encoding: .utf8) == "curated: true\n")
        let forced = try CLI.run(["draft", "seeds/demo/article.txt", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    @Test("an empty or binary article is a clear error and writes nothing", arguments: [
        (Data(), "empty.txt: error: the article file is empty"),
        (Data([0x47, 0x49, 0x46, 0x38, 0x00, 0x01]), "empty.txt:1: error: the article file looks binary"),
        (Data([0x43, 0x61, 0x66, 0xE9, 0x0A]), "empty.txt:1: error: the article file is not valid UTF-8"),
    ])
    func badArticle(_ bytes: Data, _ message: String) throws {
        let folder = try CLI.temporaryFolder()
        try bytes.write(to: folder.appendingPathComponent("empty.txt"))
        let run = try CLI.run(["draft", "empty.txt"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("seeds").path))
    }
}
