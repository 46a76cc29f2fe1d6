import Foundation
import Testing

@Suite("The packet command")
struct CommandTests {
    @Test("help for the tool and for every subcommand shows an example")
    func helpHasExamples() throws {
        for command in [[], ["validate"], ["model"], ["build"], ["audiences"], ["new-audience"], ["draft"]] {
            let run = try CLI.run(command + ["--help"])
            #expect(run.status == 0, "\(command)")
            #expect(run.stdout.contains("Example"), "no example in help of \(command)")
        }
    }

    @Test("validating a broken model prints path:line:col diagnostics and a count, exits 1, and shows no stack trace")
    func validateReportsErrors() throws {
        let folder = try CLI.temporaryFolder()
        let article = folder.appendingPathComponent("demo")
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
        try Data("Title\n\nOne paragraph of text.\n".utf8).write(to: article.appendingPathComponent("article.txt"))
        try Data("metadata:\n  title: T\n  colour: red\n".utf8).write(to: article.appendingPathComponent("model.yaml"))
        let run = try CLI.run(["validate", "demo"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("demo/model.yaml:3:3: error: unknown key 'colour' in metadata"))
        #expect(run.stderr.contains("demo/model.yaml:2:3: error: metadata is missing required key 'outlet'"))
        #expect(run.stderr.hasSuffix("errors, 0 warnings\n"))
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
    }

    @Test("an article argument naming a missing folder is a clear error")
    func missingArticle() throws {
        let run = try CLI.run(["validate", "no/such/folder"], in: try CLI.temporaryFolder())
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("no/such/folder: error: article folder not found"))
    }

    @Test("new-audience refuses names that would leave the templates folder")
    func newAudienceRefusesEscapes() throws {
        let folder = try CLI.temporaryFolder()
        for name in ["../escape", "a/b", ".."] {
            let run = try CLI.run(["new-audience", name, "--from", "high-school", "--templates", CLI.repo.path + "/templates"], in: folder)
            #expect(run.status != 0)
            #expect(run.stderr.contains("is not a valid audience name"))
        }
        #expect(!FileManager.default.fileExists(atPath: CLI.repo.path + "/escape"))
    }
}
