import Foundation
import Testing
@testable import BriefingRenderer
import PacketModel
import Templating

@Suite("Rendering a briefing")
struct BriefingRendererTests {
    static func briefing(_ audience: Audience) throws -> String {
        try BriefingRenderer.briefing(article: BriefingFixture.article, audience: audience)
    }

    @Test("The sections appear in the order the audience lists them, and only those")
    func sectionOrder() throws {
        let text = try Self.briefing(BriefingFixture.audience(sections: [.vocabulary, .summary, .whatToWatch]))
        let keyWords = try #require(text.range(of: "KEY WORDS")), inShort = try #require(text.range(of: "IN SHORT"))
        let watch = try #require(text.range(of: "WHAT TO WATCH"))
        #expect(keyWords.lowerBound < inShort.lowerBound && inShort.lowerBound < watch.lowerBound)
        #expect(!text.contains("THE MAIN CLAIM") && !text.contains("TIMELINE") && !text.contains("The Courier"))
    }

    @Test("Items an audience hides are summarised in the editor's words, never quoted")
    func sensitivity() throws {
        var templates = try RepositoryFiles.templateSources(for: "high-school")
        templates["argument"] = TemplateSource(name: "argument", path: "test/argument.mustache",
                                               text: "{{#mainPoints}}\n{{text}} {{#quote}}“{{quote}}”{{/quote}}\n{{/mainPoints}}\n")
        let shown = try Self.briefing(BriefingFixture.audience(templates: templates))
        let hidden = try Self.briefing(BriefingFixture.audience(hide: ["attack-method"], width: 200, templates: templates))
        #expect(shown.contains("jimmied the side door with a crowbar"))
        #expect(!hidden.contains("crowbar"))
        #expect(hidden.contains("A break-in last year showed how the doors can be forced."))
        #expect(hidden.contains("Some passages are described here in our own words"))
    }

    @Test("An audience that prefers plain wording gets the plain summary and plain claims")
    func plainWording() throws {
        let text = try Self.briefing(BriefingFixture.audience(preferPlain: true, width: 200))
        #expect(text.contains("The writer wants the library open on Sundays so more families can use it."))
        #expect(text.contains("Busy families can’t come on weekdays. [¶2]"))
        #expect(!text.contains("Working families cannot visit on weekdays."))
    }

    @Test("The counterargument shows who raises it and how the author answers it")
    func counterargument() throws {
        let text = try Self.briefing(BriefingFixture.audience(sections: [.counterargument], width: 200))
        #expect(text.hasPrefix("""
            THE OTHER SIDE

            A point against the writer’s view, made by Lee Park: Opening on Sundays costs too much. [¶3]

            How the writer answers it:
                - Volunteers could staff Sundays at little cost. [¶3]

            """))
    }

    @Test("Each number is shown with what it measures, when, where, among whom, its source and its caveat")
    func numbers() throws {
        let text = try Self.briefing(BriefingFixture.audience(sections: [.numbers], width: 200))
        #expect(text.contains("""
            - 62% [¶2]
                Measures: families who work every weekday
                When: since 2023
                Where: the town
                Among: families with children
                Source: Town survey
                Keep in mind: It does not show whether those families want Sunday hours.
            """))
    }

    @Test("Plain text done well: wrapped to the width, no trailing spaces, no tags left, one final newline",
          arguments: [40, 60, 72])
    func plainText(width: Int) throws {
        let text = try Self.briefing(BriefingFixture.audience(width: width))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.count <= width })
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
        #expect(!text.contains("{{") && !text.contains("}}"))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        #expect(!text.contains("\n\n\n"))
        #expect(text.contains("’") && !text.contains("&#"))
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[¶") })
    }

    @Test("The output is student/briefing.txt with the prose's reading level in the metrics")
    func output() throws {
        let output = try BriefingRenderer().render(RenderInput(article: BriefingFixture.article,
            audience: BriefingFixture.audience(), quiz: QuizSet(bank: [], forms: [])))
        #expect(output.files.map(\.path) == ["student/briefing.txt"])
        let grade = try #require(output.metrics["briefing.flesch_kincaid_grade"])
        let ease = try #require(output.metrics["briefing.flesch_reading_ease"])
        #expect(grade > 0 && ease > 0 && ease < 120)
        #expect(output.notes.isEmpty && output.warnings.isEmpty)
    }

    @Test("A briefing harder than the audience reads gets a warning; an easier one only a note")
    func readingLevelNote() throws {
        let easier = try BriefingRenderer().render(RenderInput(article: BriefingFixture.article,
            audience: BriefingFixture.audience(readingLevel: 20...21), quiz: QuizSet(bank: [], forms: [])))
        #expect(easier.warnings.isEmpty)
        #expect(easier.notes.contains { $0.contains("easier than the High school range 20.0–21.0: plain language") })
        let harder = try BriefingRenderer().render(RenderInput(article: BriefingFixture.article,
            audience: BriefingFixture.audience(readingLevel: 1...2), quiz: QuizSet(bank: [], forms: [])))
        #expect(harder.warnings.count == 1)
        #expect(harder.warnings.first?.contains("above the High school range 1.0–2.0") == true)
    }

    @Test("Only prose is measured: a list of long words does not change the grade")
    func measuresProseOnly() {
        let prose = "The cat sat on the mat. The dog ran to the park and back.\n"
        let withList = prose + "\nKEY WORDS\n\n- extraordinarily incomprehensible institutionalisation [¶3]\n"
        #expect(BriefingRenderer.readability(of: prose) == BriefingRenderer.readability(of: withList))
    }

    @Test("A template error is a diagnostic naming the file, line and column")
    func templateError() throws {
        var templates = try RepositoryFiles.templateSources(for: "high-school")
        templates["summary"] = TemplateSource(name: "summary", path: "templates/high-school/summary.mustache",
                                              text: "IN SHORT\n\n{{sumary}}\n")
        #expect {
            try Self.briefing(BriefingFixture.audience(templates: templates))
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map(\.description)
                == ["templates/high-school/summary.mustache:3:1: error: unknown variable 'sumary' (did you mean 'summary'?)"]
        }
    }

    @Test("The context always has the declared shape", arguments: [false, true])
    func contextShape(preferPlain: Bool) throws {
        let context = BriefingContext(article: BriefingFixture.article, audience: try BriefingFixture.audience(preferPlain: preferPlain))
        #expect(context.value.mismatches(against: BriefingShape.shape).isEmpty)
    }

    @Test("The seed's context has the declared shape for every audience", arguments: RepositoryFiles.audienceNames)
    func seedContextShape(audienceName: String) throws {
        let context = BriefingContext(article: try RepositoryFiles.seed("isis-after-mosul"),
                                      audience: try RepositoryFiles.audience(audienceName))
        #expect(context.value.mismatches(against: BriefingShape.shape) == [])
    }
}
