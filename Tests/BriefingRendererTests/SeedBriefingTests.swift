import Foundation
import Testing
import BriefingRenderer
import PacketModel
import TestHelpers

@Suite("The seed article's briefings")
struct SeedBriefingTests {
    static let seedID = "isis-after-mosul"

    static func render(_ audienceName: String) throws -> RenderOutput {
        let audience = try RepositoryFiles.audience(audienceName)
        let article = try RepositoryFiles.seed(seedID)
        return try BriefingRenderer().render(RenderInput(article: article, audience: audience, quiz: QuizSet(bank: [], forms: [])))
    }

    @Test("Each audience's briefing matches its golden file byte for byte (UPDATE_GOLDEN=1 rewrites them)",
          arguments: RepositoryFiles.audienceNames)
    func golden(audienceName: String) throws {
        let output = try Self.render(audienceName)
        let data = try #require(output.files.first { $0.path == "student/briefing.txt" }).data
        Golden.check(data, against: RepositoryFiles.golden.appendingPathComponent("\(audienceName).briefing.txt"))
    }

    @Test("Each briefing's prose reads at its audience's level", arguments: RepositoryFiles.audienceNames)
    func readingLevel(audienceName: String) throws {
        let output = try Self.render(audienceName)
        let audience = try RepositoryFiles.audience(audienceName)
        let grade = try #require(output.metrics["briefing.flesch_kincaid_grade"])
        #expect(audience.readingLevel.contains(grade), "grade \(grade), ease \(output.metrics["briefing.flesch_reading_ease"] ?? 0)")
        #expect(output.notes.isEmpty)
    }
}
