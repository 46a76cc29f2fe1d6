import Foundation
import Testing
@testable import BriefingRenderer
import PacketModel
import PlainText

/// A briefing a class can read: within its word budget, selecting rather than dumping.
@Suite("Briefings a class can read")
struct BriefingSelectionTests {
    static let seedID = "isis-after-mosul"

    static func seedBriefing(_ audienceName: String) throws -> String {
        try BriefingRenderer.briefing(article: RepositoryFiles.seed(seedID), audience: RepositoryFiles.audience(audienceName))
    }

    static func input(_ audience: Audience) -> RenderInput {
        RenderInput(article: BriefingFixture.article, audience: audience, quiz: QuizSet(bank: [], forms: []))
    }

    static let budget = WordBudget(maxWords: 60, location: SettingLocation(file: "templates/x/audience.yaml", line: 9, column: 14))

    @Test("A shipped audience over its word budget fails the build, naming the setting and each section's word count")
    func shippedOverBudgetFails() throws {
        let audience = try BriefingFixture.audience(name: "middle-school", sections: [.header, .summary, .thesis], budget: Self.budget)
        #expect {
            try BriefingRenderer().render(Self.input(audience))
        } throws: { error in
            guard let diagnostic = (error as? DiagnosticsError)?.diagnostics.first else { return false }
            return diagnostic.description.hasPrefix("templates/x/audience.yaml:9:14: error: the middle-school briefing has ")
                && diagnostic.message.contains("words, over its budget of 60 (briefing.max_words); words by section: header ")
                && diagnostic.message.contains(", IN SHORT 19, THE MAIN CLAIM ")
        }
    }

    @Test("A teacher's own audience over budget gets a warning and its briefing")
    func ownAudienceOverBudgetWarns() throws {
        let audience = try BriefingFixture.audience(name: "grade-7-history", sections: [.header, .summary, .thesis], budget: Self.budget)
        let output = try BriefingRenderer().render(Self.input(audience))
        #expect(output.files.count == 1)
        #expect(output.warnings.count == 1)
        #expect(output.warnings.first?.contains("over its budget of 60 (briefing.max_words)") == true)
        #expect(output.warnings.first?.contains("budget set in templates/x/audience.yaml:9") == true)
    }

    @Test("Too many lines for one page is over budget too, pointing at max_lines")
    func overLines() throws {
        let budget = WordBudget(maxWords: 5000, maxLines: 10, location: SettingLocation(file: "a.yaml", line: 9, column: 14),
                                linesLocation: SettingLocation(file: "a.yaml", line: 10, column: 14))
        let audience = try BriefingFixture.audience(name: "policy-staff", budget: budget)
        #expect { try BriefingRenderer().render(Self.input(audience)) } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.first?.description.hasPrefix("a.yaml:10:14: error: the policy-staff briefing has ") == true
        }
    }

    @Test("Each shipped briefing of the seed is within its budget: 1,200 / 1,800 / 2,500 words, policy staff 600 words on one page",
          arguments: [("middle-school", 1200), ("high-school", 1800), ("university", 2500), ("policy-staff", 600)])
    func withinBudget(audienceName: String, maxWords: Int) throws {
        let audience = try RepositoryFiles.audience(audienceName)
        #expect(audience.briefingBudget?.maxWords == maxWords)
        let rendered = try BriefingRenderer.rendered(article: RepositoryFiles.seed(Self.seedID), audience: audience)
        let words = RunningText.wordCount(of: rendered)
        #expect(words <= maxWords && words > maxWords / 3, "\(audienceName): \(words) words")
        if audienceName == "policy-staff" {
            let lines = try Self.seedBriefing(audienceName).split(separator: "\n", omittingEmptySubsequences: false).count - 1
            #expect(lines <= 66, "\(lines) lines: more than one printed page")
        }
    }

    @Test("The briefing selects the main lines of argument with their strongest evidence, not every step",
          arguments: RepositoryFiles.audienceNames)
    func selects(audienceName: String) throws {
        let text = try Self.seedBriefing(audienceName).replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        #expect(!text.contains("STEP BY STEP") && !text.contains("36 steps"))
        // The four claims that bear on the thesis directly, and the strongest evidence of the third: the 18% study.
        #expect(text.contains(" 1. ") && text.contains(" 4. ") && !text.contains(" 5. "))
        #expect(text.contains("only 18% of terrorist attacks in Europe and the US from June 2014 to June 2017"))
        if audienceName != "policy-staff" {
            #expect(text.contains("ISIS came from a group that hid for years") || text.contains("Al-Qaeda-in-Iraq forerunner"))
        }
    }

    @Test("Middle school keeps the Nice, Orlando and Berlin evidence, without method detail and without any attacker's name")
    func middleSchoolEvidenceWithoutNames() throws {
        let article = try RepositoryFiles.seed(Self.seedID)
        let text = try Self.seedBriefing("middle-school")
        let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        #expect(flat.contains("The Nice attacker (July 2016) had never been to Syria or Iraq"))
        for person in article.people where person.sensitive.contains("perpetrator-name") {
            for name in person.allNames where !name.hasPrefix("Berlin Christmas market attacker") {
                #expect(!flat.contains(name), "\(name) appears in the middle-school briefing")
            }
        }
        for method in ["drove a truck", "shot up", "semi-automatic", "knife", "explosives"] { #expect(!flat.contains(method)) }
        #expect(try Self.seedBriefing("high-school").contains("Nice attacker"))
    }

    @Test("Policy staff: bottom line first, then key judgements, the counter-view, figures with limits, and the editor's analysis labelled as such")
    func policyOrder() throws {
        let text = try Self.seedBriefing("policy-staff")
        let headings = text.split(separator: "\n").filter { RunningText.isHeading($0) }.map(String.init)
        #expect(headings == ["BOTTOM LINE", "KEY JUDGEMENTS", "STRONGEST COUNTER-VIEW", "FIGURES AND THEIR LIMITS",
                             "IMPLICATIONS: THE EDITOR’S ANALYSIS, NOT THE ARTICLE’S",
                             "WHAT TO WATCH: THE EDITOR’S ANALYSIS, NOT THE ARTICLE’S"])
        #expect(text.contains("Limitation: "))
    }

    @Test("Every briefing says the outlet and the date are inferred", arguments: RepositoryFiles.audienceNames)
    func inferredOutlet(audienceName: String) throws {
        let header = try Self.seedBriefing(audienceName).split(separator: "\n").prefix(5).joined(separator: " ")
        #expect(header.contains("Quartz (outlet inferred"))
        #expect(header.contains("(date inferred") || header.contains("(date worked out from the text)"))
    }

    @Test("No briefing has a claim that opens with a pronoun, or a period that repeats its year", arguments: RepositoryFiles.audienceNames)
    func wordingDefects(audienceName: String) throws {
        let text = try Self.seedBriefing(audienceName).replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        #expect(!text.contains("His call to attack") && !text.contains("- His ") && !text.contains("- In 2016 he "))
        #expect(text.firstMatch(of: /(\d{4}) to [A-Z][a-z]+ \1/) == nil, "a period such as “2017 to July 2017”")
    }

    @Test("A limit on main claims keeps those with the strongest evidence, in article order")
    func claimLimit() throws {
        let article = try RepositoryFiles.seed(Self.seedID)
        let outline = ArgumentOutline(article)
        #expect(outline.mainLines.map(\.claim.id) == ["c-brand-survives", "c-nothing-changes", "c-ground-not-required", "c-household-name"])
        #expect(outline.mainLines(limit: 2, in: article).map(\.claim.id) == ["c-brand-survives", "c-ground-not-required"])
        #expect(outline.mainLines(limit: 3, in: article).map(\.claim.id) == ["c-brand-survives", "c-ground-not-required", "c-household-name"])
        var audience = try RepositoryFiles.audience("high-school")
        audience.briefingLimits.claims = 2
        let text = try BriefingRenderer.briefing(article: article, audience: audience)
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        #expect(text.contains("with 2 main claims (and 2 more, in the teacher’s workbook)"))
    }

    @Test("The fact-opinion-prediction checks ask only about claims of those three kinds")
    func claimChecksHaveAnAnswer() throws {
        let article = try RepositoryFiles.seed(Self.seedID)
        for name in RepositoryFiles.audienceNames {
            let checks = ArgumentOutline.claimChecks(article, audience: try RepositoryFiles.audience(name))
            #expect(checks.count == 4 && checks.allSatisfy { [.fact, .opinion, .prediction].contains($0.kind) })
        }
    }

    @Test("The reading level is measured on the running text, list items included, not only on left-margin prose")
    func readingLevelOfRunningText() throws {
        let list = "THE ARGUMENT\n\n- The cat sat on the mat. [¶3]\n- The dog ran to the park and back again. [¶4]\n"
        #expect(BriefingRenderer.readability(of: list).words == 15)
        let labels = "- 18% [¶9]\n    Measures: share of attacks\n"
        #expect(BriefingRenderer.readability(of: labels).words == 0)
    }
}
