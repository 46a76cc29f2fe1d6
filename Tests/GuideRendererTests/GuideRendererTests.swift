import Foundation
import Testing
@testable import GuideRenderer
import PacketModel
import PlainText

@Suite("The teacher's guide")
struct GuideRendererTests {
    static let seedID = "isis-after-mosul"
    static let quiz = QuizSet(bank: [], forms: [QuizForm(name: "A", seed: 1, items: []), QuizForm(name: "B", seed: 2, items: [])])

    static func guide(_ audienceName: String) throws -> String {
        try GuideRenderer.guide(article: RepositoryFiles.seed(seedID), audience: RepositoryFiles.audience(audienceName), quiz: quiz)
    }

    /// The text with its lines joined, so phrases can be found across line breaks.
    static func flat(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: " +", with: " ", options: .regularExpression)
    }

    static func headings(_ text: String) -> [String] {
        text.split(separator: "\n").filter { RunningText.isHeading($0) }.map(String.init)
    }

    @Test("The guide names the text the class reads, its measured Flesch–Kincaid grade, and what it leaves out",
          arguments: RepositoryFiles.audienceNames)
    func namesTheText(audienceName: String) throws {
        let guide = Self.flat(try Self.guide(audienceName))
        if audienceName == "middle-school" {
            #expect(guide.contains("Text: the class reads the grades 6–8 adaptation (student/article-adapted.txt), which measures Flesch–Kincaid grade 7."))
            #expect(guide.contains("No paragraph is left out; its glossary explains"))
        } else {
            #expect(guide.contains("Text: the class reads the original article (student/article.txt), which measures Flesch–Kincaid grade 16."))
        }
    }

    @Test("A paragraph an adaptation leaves out is listed in the guide with its reason")
    func omittedParagraphReason() throws {
        var article = try RepositoryFiles.seed(Self.seedID)
        var adaptation = try #require(article.adaptation("grades-6-8"))
        adaptation.paragraphs[6] = AdaptedParagraph(number: 7, text: [], omitted: "It describes the attacks in detail.")
        article.adaptations = [adaptation]
        let guide = Self.flat(try GuideRenderer.guide(article: article, audience: RepositoryFiles.audience("middle-school"), quiz: Self.quiz))
        #expect(guide.contains("Some paragraphs are left out (below)"))
        #expect(guide.contains("- [¶7] It describes the attacks in detail."))
    }

    @Test("Each audience's guide matches its golden file byte for byte (UPDATE_GOLDEN=1 rewrites them)",
          arguments: RepositoryFiles.audienceNames)
    func golden(audienceName: String) throws {
        let data = Data(try Self.guide(audienceName).utf8)
        let url = RepositoryFiles.golden.appendingPathComponent("\(audienceName).guide.txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: RepositoryFiles.golden, withIntermediateDirectories: true)
            try data.write(to: url)
        }
        #expect(data == (try Data(contentsOf: url)),
                "teacher/guide.txt for \(audienceName) differs from its golden file; run UPDATE_GOLDEN=1 swift test --filter GuideRendererTests and review the diff")
    }

    @Test("Every guide has objectives, a timed plan, answers, sensitive-content guidance, what happened next, an exit ticket and the keys",
          arguments: RepositoryFiles.audienceNames)
    func sections(audienceName: String) throws {
        let headings = Self.headings(try Self.guide(audienceName))
        for expected in ["THE TEXT AT A GLANCE", "LEARNING OBJECTIVES", "ANSWERS: KEYS, MODEL ANSWERS AND RUBRICS",
                         "NOTES ON THE TEXT", "HANDLING SENSITIVE CONTENT", "WHAT HAPPENED NEXT (FROM OUTSIDE THE ARTICLE)",
                         "EXIT TICKET", "WHERE THE ANSWER KEYS ARE"] {
            #expect(headings.contains(expected), "\(audienceName) lacks \(expected)")
        }
        #expect(headings.contains { $0.hasPrefix("LESSON PLAN: ONE ") })
        #expect(headings.contains("STANDARDS") != headings.contains("SKILLS"), "standards for schools, skills otherwise")
    }

    @Test("The plan has one line per step, in order, each starting with its minutes, adding up to the period exactly",
          arguments: RepositoryFiles.audienceNames)
    func planAddsUp(audienceName: String) throws {
        let audience = try RepositoryFiles.audience(audienceName)
        let lines = try Self.guide(audienceName).split(separator: "\n").filter { $0.firstMatch(of: #/^- \d+ min — /#) != nil }
        let steps = lines.map { line in String(line.split(separator: "—")[1].split(separator: ":")[0]).trimmingCharacters(in: .whitespaces) }
        #expect(steps == ["Before reading", "Reading", "Claim–evidence–reasoning", "Discussion", "Exit ticket"])
        let minutes = lines.compactMap { Int($0.dropFirst(2).prefix { $0.isNumber }) }
        #expect(minutes.reduce(0, +) == audience.guide.minutes)
        #expect(minutes.allSatisfy { $0 > 0 })
        #expect(try Self.guide(audienceName).contains("LESSON PLAN: ONE \(audience.guide.minutes)-MINUTE PERIOD"))
    }

    @Test("Any period length and any weights share out exactly, every step getting time", arguments: [20, 45, 50, 53, 75, 90, 240])
    func anyPeriod(minutes: Int) {
        for weights in [[1, 1, 1, 1, 1], [8, 12, 12, 12, 6], [1, 100, 1, 100, 1], [3, 0, 0, 0, 9]] {
            let settings = GuideSettings(minutes: minutes, stepWeights: Dictionary(uniqueKeysWithValues: zip(LessonStep.allCases, weights)))
            let shares = settings.stepMinutes.map(\.minutes)
            #expect(shares.reduce(0, +) == minutes && shares.allSatisfy { $0 >= 1 }, "\(minutes) \(weights) → \(shares)")
        }
    }

    @Test("Two to four measurable objectives, drawn from the argument")
    func objectives() throws {
        let text = try Self.guide("high-school")
        let section = text.components(separatedBy: "LEARNING OBJECTIVES")[1].components(separatedBy: "STANDARDS")[0]
        let objectives = section.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect((2...4).contains(objectives.count))
        let verbs = ["State", "Trace", "Explain", "Identify", "Evaluate", "Cite", "Judge"]
        #expect(objectives.allSatisfy { line in verbs.contains { line.dropFirst(2).hasPrefix($0) } })
        let flat = Self.flat(section)
        #expect(flat.contains("identify it as a prediction") && flat.contains("(¶11)"))
        #expect(flat.contains("Explain what 18% (¶9) measures"))
    }

    @Test("Standards come from audience.yaml: CCSS codes for schools, stated skills for university and policy staff")
    func standards() throws {
        let middle = Self.flat(try Self.guide("middle-school")), high = Self.flat(try Self.guide("high-school"))
        for code in ["CCSS RI.6-8.8", "CCSS RH.6-8.8", "CCSS RI.6-8.1", "CCSS RI.6-8.6"] { #expect(middle.contains(code)) }
        for code in ["CCSS RI.9-10.8", "CCSS RH.9-10.8"] { #expect(high.contains(code)) }
        for name in ["university", "policy-staff"] {
            let text = try Self.guide(name)
            #expect(!text.contains("CCSS") && Self.headings(text).contains("SKILLS"))
        }
    }

    @Test("Every discussion and essay question has its model answer, supporting paragraphs and rubric with its total",
          arguments: RepositoryFiles.audienceNames)
    func modelAnswers(audienceName: String) throws {
        let article = try RepositoryFiles.seed(Self.seedID)
        let text = Self.flat(try Self.guide(audienceName))
        let answers = text.components(separatedBy: "ANSWERS: KEYS, MODEL ANSWERS AND RUBRICS")[1]
        #expect(answers.components(separatedBy: "Model answer: ").count - 1 == article.questions.count)
        #expect(answers.components(separatedBy: "Supporting paragraphs: ¶").count - 1 == article.questions.count)
        for question in article.questions {
            let total = question.rubric.reduce(0) { $0 + $1.points }
            #expect(answers.contains("Rubric (\(total) points):"), "\(question.id)")
        }
        #expect(!answers.contains("none in the model yet"))
        #expect(answers.contains("Claim–evidence–reasoning organizer (key)"))
    }

    @Test("Middle school's guide keeps the evidence but never names an attacker")
    func middleSchoolNames() throws {
        let article = try RepositoryFiles.seed(Self.seedID)
        let text = Self.flat(try Self.guide("middle-school"))
        for person in article.people where person.sensitive.contains("perpetrator-name") {
            for name in person.allNames where !name.hasPrefix("Berlin Christmas market attacker") {
                #expect(!text.contains(name), "\(name)")
            }
        }
        #expect(!text.contains("Anis Amri"))
        #expect(text.contains("The Nice attacker (July 2016) had never been to Syria or Iraq"))
        #expect(text.contains("Attackers are not named in the briefing or in this guide"))
        #expect(Self.flat(try Self.guide("high-school")).contains("The article names 5 attackers (¶7 and ¶9)"))
    }

    @Test("What happened next lists every later event, dated, sourced and marked as from outside the article",
          arguments: RepositoryFiles.audienceNames)
    func aftermath(audienceName: String) throws {
        let article = try RepositoryFiles.seed(Self.seedID)
        let text = try Self.guide(audienceName)
        let section = Self.flat(text.components(separatedBy: "WHAT HAPPENED NEXT (FROM OUTSIDE THE ARTICLE)")[1]
            .components(separatedBy: "EXIT TICKET")[0])
        #expect(section.contains("never ask about them as \"according to the article\""))
        for event in article.aftermath {
            #expect(section.contains("- \(DateWording.words(event.date, until: event.until)): "), "\(event.id)")
        }
        #expect(section.components(separatedBy: "Source: ").count - 1 == article.aftermath.count)
        for expected in ["October 17–20, 2017", "March 23, 2019", "October 27, 2019", "ISIS-K"] { #expect(section.contains(expected)) }
    }

    @Test("The exit ticket has two or three questions, each with its answer", arguments: RepositoryFiles.audienceNames)
    func exitTicket(audienceName: String) throws {
        let section = try Self.guide(audienceName).components(separatedBy: "\nEXIT TICKET\n")[1]
            .components(separatedBy: "WHERE THE ANSWER KEYS ARE")[0]
        let questions = section.split(separator: "\n").filter { $0.firstMatch(of: #/^\d\. /#) != nil }
        let answers = section.split(separator: "\n").filter { $0.hasPrefix("    Answer: ") }
        #expect((2...3).contains(questions.count) && answers.count == questions.count)
    }

    @Test("The keys section names each quiz form's answer key and the teacher workbook's tabs")
    func keys() throws {
        let text = Self.flat(try Self.guide("high-school"))
        #expect(text.contains("Quiz form A (student/quiz-A.txt): teacher/answer-key-A.txt"))
        #expect(text.contains("Quiz form B (student/quiz-B.txt): teacher/answer-key-B.txt"))
        #expect(text.contains("the Answer key tab; the Gradebook tab for marks;"))
    }

    @Test("What comes from outside the article says so, and the source line says the outlet and the date are inferred",
          arguments: RepositoryFiles.audienceNames)
    func outsideKnowledgeMarked(audienceName: String) throws {
        let text = Self.flat(try Self.guide(audienceName))
        #expect(text.contains("Quartz (outlet inferred: the page does not name it) · July 2017 (date inferred from the text)"))
        #expect(text.contains("Background (from outside the article: tell"))
        #expect(text.contains("The reasoning is the editor’s assessment; it may draw on sources outside the article."))
        #expect(!text.contains("involved in the air campaign"))
    }

    @Test("Words the guide puts in curly quotation marks beside a paragraph number are that paragraph's words",
          arguments: RepositoryFiles.audienceNames)
    func quotationsAreTheArticles(audienceName: String) throws {
        let article = try RepositoryFiles.seed(Self.seedID)
        func normal(_ s: String) -> String {
            s.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
                .replacingOccurrences(of: "…", with: "...").replacingOccurrences(of: "—", with: "-")
                .replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        let text = Self.flat(try Self.guide(audienceName))
        var checked = 0
        for match in text.matches(of: /\[¶(\d+)\] “([^”]+)”/) {
            let number = Int(match.output.1)!, quoted = String(match.output.2)
            let paragraph = try #require(article.paragraphs.first { $0.number == number })
            #expect(normal(paragraph.text).contains(normal(quoted)), "[¶\(number)] “\(quoted)”")
            checked += 1
        }
        #expect(checked > 10)
    }

    @Test("A guide speaks of the text as its genre does: a speech's speaker answers; an explainer reports views and responds",
          arguments: [("fed-waller-financial-stability-2023", true), ("crs-elections-grant-options-2026", false),
                      ("wh-eda-regional-challenge-2022", false), ("isis-after-mosul", true)])
    func genreWording(seed: String, argued: Bool) throws {
        let text = Self.flat(try GuideRenderer.guide(article: RepositoryFiles.seed(seed), audience: RepositoryFiles.audience("high-school"),
                                                     quiz: Self.quiz))
        let model = try RepositoryFiles.seed(seed)
        let reads = "informs more than it argues: in the routine, read \"thesis\" as its main point"
        #expect(text.contains(reads) == !argued)
        #expect(text.contains("stop and ask what the article says here") == !argued)
        #expect(text.contains("stop and ask what \(model.metadata.genre.wording.author) claims here") == argued)
        let counters = model.relations.contains { $0.type == .attacks }, answers = model.relations.contains { $0.type == .rebuts }
        if argued {
            #expect(!text.contains("A view the article reports:") && !text.contains("The article’s response:"))
            #expect(text.contains("The other side:") == counters)
            let answer = model.metadata.genre == .speech ? "The speaker’s answer:" : "The author’s answer:"
            #expect(text.contains(answer) == answers)
            #expect(!text.contains(model.metadata.genre == .speech ? "The author’s answer:" : "The speaker’s answer:"))
        } else {
            #expect(!text.contains("The other side:") && !text.contains("’s answer:"))
            #expect(text.contains("A view the article reports:") == counters)
            #expect(!text.contains("Explain the counterargument"))
        }
    }

    @Test("The guide templates never put their own words in curly quotation marks (those are for the article's words)")
    func templatesQuoteOnlyTheArticle() throws {
        let shared = RepositoryFiles.templates.appendingPathComponent("_shared")
        for file in try FileManager.default.contentsOfDirectory(atPath: shared.path) where file.hasPrefix("guide") {
            let text = try String(contentsOf: shared.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /“([^”]*)”/) {
                #expect(match.output.1.hasPrefix("{{") && match.output.1.hasSuffix("}}"), "\(file): “\(match.output.1)”")
            }
        }
    }

    @Test("A model without an advisory, aftermath or teaching notes still gets a guide, without those parts")
    func leanModel() throws {
        let article = ArticleModel(
            id: "lean", metadata: Metadata(title: "Schools should start later", outlet: "The Post", genre: .opinion,
                                           published: PublicationDate(date: PartialDate(year: 2020)!)),
            summary: "Start school later.", thesis: Claim(id: "thesis", text: "Schools should start later.", kind: .policy,
                                                          excerpt: "start later", location: Location(paragraph: 1, offset: 0, length: 5)),
            paragraphs: [Paragraph(number: 1, line: 3, text: "Schools should start later.")])
        let text = try GuideRenderer.guide(article: article, audience: try RepositoryFiles.audience("high-school"), quiz: Self.quiz)
        let headings = Self.headings(text)
        #expect(!headings.contains("HANDLING SENSITIVE CONTENT") && !headings.contains("WHAT HAPPENED NEXT (FROM OUTSIDE THE ARTICLE)"))
        #expect(headings.contains("EXIT TICKET") && headings.contains("LEARNING OBJECTIVES"))
        #expect(!text.contains("the 0 main"), "no objective or step about main lines the model does not have")
        #expect(!text.contains("{{") && text.hasSuffix("\n"))
    }

    @Test("A template error is a diagnostic naming the file, line and column")
    func templateError() throws {
        var audience = try RepositoryFiles.audience("high-school")
        audience.templates["guide-exit-ticket"] = TemplateSource(name: "guide-exit-ticket", path: "templates/high-school/guide-exit-ticket.mustache",
                                                                 text: "EXIT TICKET\n\n{{#exitTickets}}\n{{/exitTickets}}\n")
        #expect {
            try GuideRenderer.guide(article: RepositoryFiles.seed(Self.seedID), audience: audience, quiz: Self.quiz)
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map(\.description)
                == ["templates/high-school/guide-exit-ticket.mustache:3:1: error: unknown section 'exitTickets' (did you mean 'exitTicket'?)"]
        }
    }

    @Test("The context always has the declared shape", arguments: RepositoryFiles.audienceNames)
    func contextShape(audienceName: String) throws {
        let context = GuideContext(article: try RepositoryFiles.seed(Self.seedID), audience: try RepositoryFiles.audience(audienceName),
                                   quiz: Self.quiz)
        #expect(context.value.mismatches(against: GuideShape.shape) == [])
    }
}
