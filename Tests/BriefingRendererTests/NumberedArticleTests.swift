import Foundation
import Testing
import TestHelpers
@testable import BriefingRenderer
import PacketModel

@Suite("The numbered article")
struct NumberedArticleTests {
    static func render(_ audienceName: String) throws -> String {
        try NumberedArticleRenderer.text(article: RepositoryFiles.seed("isis-after-mosul"),
                                         audience: RepositoryFiles.audience(audienceName))
    }

    @Test("Every body paragraph the model numbers is there, numbered, word for word", arguments: RepositoryFiles.audienceNames)
    func wordForWord(audienceName: String) throws {
        let article = try RepositoryFiles.seed("isis-after-mosul")
        let read = NumberedArticleRenderer.readBack(try Self.render(audienceName))
        #expect(read.map(\.number) == article.paragraphs.map(\.number))
        #expect(read.map(\.text) == article.paragraphs.map(\.text))
    }

    @Test("The page furniture is left out: pull quote, photo credit and the affiliate line")
    func noDebris() throws {
        let text = try Self.render("high-school")
        #expect(!text.contains("Image: Reuters") && !text.contains("We may earn a commission"))
        #expect(!text.contains("All jihadist groups need today"),
                "the pull quote's capitalised copy must not appear (¶9 has the sentence in lower case)")
    }

    @Test("Lines fit the audience's width with a hanging indent, and paragraph text starts in one column",
          arguments: RepositoryFiles.audienceNames)
    func layout(audienceName: String) throws {
        let width = try RepositoryFiles.audience(audienceName).lineWidth
        let text = try Self.render(audienceName)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.count <= width && !$0.hasSuffix(" ") })
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        let starts = lines.filter { $0.hasPrefix("¶") }.map { line in line.distance(from: line.startIndex, to: line.firstIndex { $0.isLetter || $0 == "“" }!) }
        #expect(Set(starts) == [5], "¶1 … ¶11 all start their text in column 6")
        #expect(lines.contains { $0.hasPrefix("¶11  Just as Al-Qaeda") })
    }

    @Test("The source line says the outlet and the date are inferred, and the advisory comes first")
    func sourceLine() throws {
        let text = try Self.render("middle-school")
        #expect(text.hasPrefix("CONTENT ADVISORY: This article deals with terrorist violence;"))
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Quartz (outlet inferred: the page does not name it) · July 2017 (date inferred from the text) · author not named"))
    }

    @Test("A model with a source prints its address, licence and retrieval date; no advisory, no warning")
    func sourceAndNoAdvisory() throws {
        var article = BriefingFixture.article
        article.metadata.advisory = ContentAdvisory(level: .none)
        article.metadata.source = ArticleSource(url: "https://www.example.gov/library", license: "Public domain (US government work)",
                                                retrieved: PartialDate(year: 2024, month: 5, day: 1)!)
        article.paragraphs = [Paragraph(number: 1, line: 3, text: "The library  should open on Sundays."),
                              Paragraph(number: 2, line: 5, text: "Families work.")]
        let text = try NumberedArticleRenderer.text(article: article, audience: BriefingFixture.audience(width: 200))
        #expect(!text.contains("CONTENT ADVISORY"))
        #expect(text.contains("The Courier · March 5, 2024 · by Ana Ruiz\n"))
        #expect(text.contains("Source: https://www.example.gov/library · Public domain (US government work) · copied May 1, 2024\n"))
        #expect(text.hasSuffix("¶1  The library  should open on Sundays.\n\n¶2  Families work.\n"))
    }

    @Test("Wrapping breaks only at single spaces, so a paragraph's lines join back to its exact text", arguments: [20, 30, 45])
    func exactWrapping(width: Int) {
        let text = "A run  of two spaces, a long-hyphenated-word-that-is-wider-than-the-line and “quotes”—dashes… end."
        let lines = NumberedArticleRenderer.wrap(text, width: width, firstIndent: "¶1  ", indent: "    ")
        #expect(lines.map { $0.dropFirst(4) }.joined(separator: " ") == text)
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test("Each audience's article matches its golden file byte for byte (UPDATE_GOLDEN=1 rewrites them)",
          arguments: RepositoryFiles.audienceNames)
    func golden(audienceName: String) throws {
        Golden.check(Data(try Self.render(audienceName).utf8), against: RepositoryFiles.golden.appendingPathComponent("\(audienceName).article.txt"))
    }
}
