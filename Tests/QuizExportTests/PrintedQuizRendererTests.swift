import Foundation
import PacketModel
import Testing
@testable import QuizExport

@Suite("Printed quiz forms and answer keys")
struct PrintedQuizRendererTests {
    let output: RenderOutput

    init() throws { output = try PrintedQuizRenderer().render(try TemplateFolder.input()) }

    func text(_ path: String) throws -> String {
        String(decoding: try #require(output.files.first { $0.path == path }).data, as: UTF8.self)
    }

    @Test("writes a student copy and an answer key for each form")
    func files() {
        #expect(output.files.map(\.path) == ["student/quiz-A.txt", "teacher/answer-key-A.txt",
                                             "student/quiz-B.txt", "teacher/answer-key-B.txt"])
    }

    @Test("student copy has name and date lines, instructions and numbered questions, but no answers")
    func studentCopy() throws {
        let quiz = try text("student/quiz-A.txt")
        #expect(quiz.contains("Name: ____"))
        #expect(quiz.contains("Date: ____"))
        #expect(quiz.contains("Instructions:"))
        for number in 1...FixtureBank.items.count { #expect(quiz.contains("\n\(number). ")) }
        for item in FixtureBank.items where !item.explanation.isEmpty {
            #expect(!quiz.contains(item.explanation.prefix(20)))
        }
        #expect(!quiz.contains("Why:"))
        #expect(!quiz.contains("[¶9]"))
    }

    @Test("prints options in the form's own order, lettered A, B, C")
    func optionOrder() throws {
        let quizB = try text("student/quiz-B.txt")
        let who = FixtureBank.items[6]
        let lines = who.options.enumerated().map { "   \(QuizItem.letter($0.offset)). \($0.element)" }
        let positions = lines.compactMap { quizB.range(of: $0)?.lowerBound }
        #expect(positions.count == lines.count)
        #expect(positions == positions.sorted())
        #expect(quizB.hasPrefix(FixtureBank.article.metadata.title))
        #expect(quizB.contains("1. " + FixtureBank.items.last!.stem.prefix(30)))
    }

    @Test("wraps every line at the audience's line width")
    func wrapping() throws {
        for file in output.files {
            let lines = String(decoding: file.data, as: UTF8.self).split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= FixtureBank.audience.lineWidth }, "\(file.path)")
        }
    }

    @Test("answer key gives each answer with its explanation and [¶n], and the essay rubric")
    func answerKey() throws {
        let key = try text("teacher/answer-key-A.txt")
        #expect(key.contains("1. C (Answer #3: <b>bold</b> & more)"))
        #expect(key.contains("2. B (False)"))
        #expect(key.contains("3. 18 (accept 17 to 19)"))
        #expect(key.contains("4. 1-B, 2-A, 3-C"))
        #expect(key.contains("5. BCDA"))
        #expect(key.contains("6. Mosul (also accept: the city of Mosul)"))
        #expect(key.contains("Why: The study says 18%. [¶9]"))
        #expect(key.contains("- Evidence (3 points): Cites two pieces with [¶n]."))
    }

    @Test("prints a two-part item as Part A and Part B, each with its own lettered choices")
    func twoPartPrinted() throws {
        let quiz = try text("student/quiz-A.txt")
        #expect(quiz.contains("11. This question has two parts. Answer Part A, then Part B."))
        #expect(quiz.contains("(Circle one letter in each part.)"))
        #expect(quiz.contains("   Part A: Which statement best expresses the author’s central claim?\n   A. ISIS is finished"))
        #expect(quiz.contains("   Part B: Which sentence from the article best supports the answer to\n   Part A?\n   A. “Mosul is liberated.”"))
        #expect(!quiz.contains("Part A: Part A"))
    }

    @Test("the answer key prints each item's skill, Depth of Knowledge and points, and each part's answer")
    func keyPrintsSkillAndDOK() throws {
        let key = try text("teacher/answer-key-A.txt")
        #expect(key.contains("   Skill: vocabulary · DOK 2 · 1 point\n"))
        #expect(key.contains("   Skill: evidence · DOK 3 · 5 points\n"))
        #expect(key.contains("11. Part A: B; Part B: B"))
        #expect(key.contains("   Skill: central idea · DOK 3 · 2 points"))
        #expect(key.contains("· teacher copy · 16\npoints in all"))
        let lines = key.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("   Skill: ") }.count == FixtureBank.items.count)
    }

    @Test("the answer key prints the standard of each skill when the audience gives one")
    func keyPrintsStandards() throws {
        var input = try TemplateFolder.input()
        input.audience.quiz.standards = [.vocabulary: "RI.9-10.4"]
        let output = try PrintedQuizRenderer().render(input)
        let key = String(decoding: try #require(output.files.first { $0.path == "teacher/answer-key-A.txt" }).data, as: UTF8.self)
        #expect(key.contains("   Skill: vocabulary · DOK 2 · 1 point · RI.9-10.4"))
    }

    @Test("a template error names the file and stops the render")
    func templateError() throws {
        var input = try TemplateFolder.input()
        input.audience.templates["quiz-form"] = TemplateSource(name: "quiz-form", path: "templates/x/quiz-form.mustache",
                                                               text: "{{#items}}{{nmuber}}{{/items}}")
        #expect(throws: (any Error).self) { try PrintedQuizRenderer().render(input) }
    }
}
