import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import WorkbookRenderer

/// The seed article's workbooks for every shipped audience, read back with openpyxl.
@Suite("The seed's workbooks, every audience", .requires(.openpyxl))
struct SeedWorkbookTests {
    /// Writes an audience's two workbooks and reads them back.
    static func books(_ input: RenderInput) throws -> (student: WorkbookInspection, teacher: WorkbookInspection) {
        let (folder, _) = try TestSupport.renderToDisk(input)
        defer { try? FileManager.default.removeItem(at: folder) }
        return (try WorkbookInspection.of(folder.appendingPathComponent("student/workbook.xlsx")),
                try WorkbookInspection.of(folder.appendingPathComponent("teacher/workbook.xlsx")))
    }

    /// Headers of the columns that hold the article's own sentences.
    static let articleColumns: Set<String> = ["In the article", "The sentence in the article"]

    /// The leaks in a student workbook, leaving out the article (its sheet and its sentences
    /// beside activity rows) and the quiz sheet itself.
    static func leaks(_ book: WorkbookInspection, _ input: RenderInput) throws -> [QuizLeaks.Leak] {
        let model = try #require(SeedPackets.model)
        let skip = Set(WorkbookRenderer().sheets(for: .student, input).filter { $0.kind == .article || $0.kind == .quiz }.map(\.title))
        return QuizLeaks.find(in: book, items: SeedPackets.items(input), model: model, skipSheets: skip, skipColumns: articleColumns)
    }

    @Test("no student workbook row pairs a quiz statement with its keyed answer, for every item of every form and the bank",
          arguments: SeedPackets.audienceNames)
    func noAnswersBesideStatements(audience: String) throws {
        let input = try SeedPackets.input(audience)
        #expect(input.quiz.forms.count >= 2 && !input.quiz.formA.items.isEmpty)
        let book = try Self.books(input).student
        let leaks = try Self.leaks(book, input)
        let listed = leaks.prefix(20).map(\.description).joined(separator: "\n")
        #expect(leaks.isEmpty, "\(audience):\n\(listed)")
        // The quiz sheet asks; it never answers.
        let quiz = try #require(book.sheet("Quiz"))
        let answerColumn = try #require(quiz.column("Your answer"))
        #expect(!quiz.cells.contains { $0.col == answerColumn && $0.row > 4 })
        // What the checker let through as "the article's words" is exactly that.
        let model = try #require(SeedPackets.model)
        for sheet in book.sheets {
            for column in Self.articleColumns.compactMap(sheet.column) {
                for cell in sheet.cells where cell.col == column && cell.row > 4 {
                    let text = cell.value?.text ?? ""
                    #expect(model.paragraphs.contains { $0.text.contains(text) }, "\(sheet.title)!\(cell.ref) is not the article's words: \(text)")
                }
            }
        }
        #expect(try WorkbookRenderer().render(input).warnings.isEmpty)
    }

    @Test("the same check finds the answers when an audience gives its students the reference sheets")
    func checkFindsReferenceSheetAnswers() throws {
        let reference: [WorkbookSheetKind] = [.argumentMap, .evidence, .statistics, .timeline, .peoplePlaces, .quotes, .vocabulary]
        let input = try SeedPackets.input("high-school") { audience in
            audience.workbookSheets.student += reference.map { WorkbookSheet(kind: $0) }
        }
        let leaks = try Self.leaks(try Self.books(input).student, input)
        let sheets = Set(leaks.map(\.sheet))
        for title in ["Argument map", "Statistics", "Timeline", "People & places", "Quotes", "Vocabulary"] {
            #expect(sheets.contains(title), "no leak found on \(title)")
        }
        let kinds = Set(leaks.compactMap { $0.item.split(separator: ".").first.map(String.init) })
        for kind in ["who-said-it", "fact-opinion", "numeric", "multiple-choice", "true-false", "matching", "short-answer", "ordering"] {
            #expect(kinds.contains(kind), "no leak found for \(kind) items")
        }
        let output = try WorkbookRenderer().render(input)
        #expect(output.warnings.contains { $0.contains("'Quotes' sheet answers") })
    }

    @Test("the student workbook opens on the text the class reads, word for word, with every numbered paragraph",
          arguments: SeedPackets.audienceNames)
    func articleFirst(audience: String) throws {
        let input = try SeedPackets.input(audience)
        let model = try #require(SeedPackets.model)
        let book = try Self.books(input).student
        #expect(book.sheets.first?.title == "Overview")
        let article = try #require(book.sheets.dropFirst().first)
        #expect(article.title == "Article")
        let numbers = article.cells.filter { $0.col == 1 && $0.row > 4 }.compactMap { $0.value?.number }
        #expect(numbers == model.paragraphs.map { Double($0.number) })
        #expect(article.cells.filter { $0.col == 1 && $0.row > 4 }.allSatisfy { $0.number_format == "\"¶\"0" })
        // Each paragraph's rows, joined, are its text exactly.
        var texts: [Int: [String]] = [:]
        var current = 0
        for row in Set(article.cells.filter { $0.row > 4 }.map(\.row)).sorted() {
            if let n = article.cell(row: row, col: 1)?.value?.number { current = Int(n) }
            if let text = article.cell(row: row, col: 2)?.value?.text { texts[current, default: []].append(text) }
        }
        // The text the audience's class reads: the original, or its adaptation (same numbers).
        for (number, pieces) in ReadingText(article: model, audience: input.audience).paragraphs(of: model) {
            #expect(texts[number]?.joined(separator: " ") == pieces.joined(separator: " "), "¶\(number)")
        }
        #expect(article.protected)
        #expect(book.defined_names.contains(ArticleSheet.paragraphListName))
        #expect(article.cell(row: 1, col: 1)?.value?.text == model.metadata.title)
    }

    @Test("every activity of the student workbook is in the teacher workbook as its key, with every answer cell filled",
          arguments: SeedPackets.audienceNames)
    func teacherHoldsEveryKey(audience: String) throws {
        let input = try SeedPackets.input(audience)
        let (student, teacher) = try Self.books(input)
        let activities = WorkbookRenderer().sheets(for: .student, input).filter { $0.kind.role == .activity }
        #expect(activities.count >= 3)
        for activity in activities {
            let s = try #require(student.sheet(activity.title)), t = try #require(teacher.sheet(activity.title))
            #expect(t.cell("A1")?.value?.text?.hasSuffix("teacher’s key") == true)
            let inputs = Set(s.inputs.filter { $0.row > 4 }.map(\.col))
            #expect(!inputs.isEmpty, "\(activity.title) has no input cells")
            let rows = s.cells.filter { $0.col == 1 && $0.row > 4 && $0.value?.number != nil }.map(\.row)
            #expect(!rows.isEmpty)
            for row in rows {
                for col in inputs {
                    #expect(s.cell(row: row, col: col) == nil, "\(activity.title) row \(row): the student's cell is not empty")
                    let key = t.cell(row: row, col: col)?.value
                    #expect(key != nil && key != .text(""), "\(activity.title) row \(row) col \(col): no key")
                }
                // The task is the same in both copies.
                for col in 1...3 {
                    #expect(s.cell(row: row, col: col)?.value == t.cell(row: row, col: col)?.value)
                }
            }
        }
        // The central claim's key is the thesis.
        let model = try #require(SeedPackets.model)
        let cer = try #require(teacher.sheet(WorkbookSheet(kind: .claimEvidence).title))
        let thesis = model.thesis.wording(preferPlain: input.audience.preferPlain)
        #expect(cer.cell(row: 3, col: 3)?.value?.text?.hasPrefix(thesis) == true)
    }

    @Test("the teacher's keys are the model's answers: kinds, measures, exactness and meanings")
    func keysAreTheModels() throws {
        let input = try SeedPackets.input("high-school")
        let model = try #require(SeedPackets.model)
        let teacher = try Self.books(input).teacher
        let facts = try #require(teacher.sheet(WorkbookSheet(kind: .factOpinion).title))
        let kindColumn = try #require(facts.column("Fact, opinion or prediction?"))
        for row in facts.cells.filter({ $0.col == 1 && $0.row > 4 }).map(\.row) {
            let statement = try #require(facts.cell(row: row, col: 2)?.value?.text)
            let claim = try #require(model.claims.first { $0.text == statement })
            #expect(facts.cell(row: row, col: kindColumn)?.value?.text == FactOpinionSheet.label(claim.kind))
        }
        let numbers = try #require(teacher.sheet(WorkbookSheet(kind: .checkNumbers).title))
        let measure = try #require(numbers.column("What does it measure?"))
        let exact = try #require(numbers.column("Exact or approximate?"))
        for row in numbers.cells.filter({ $0.col == 1 && $0.row > 4 && $0.value?.number != nil }).map(\.row) {
            let figure = try #require(numbers.cell(row: row, col: 3)?.value?.text)
            let paragraph = Int(try #require(numbers.cell(row: row, col: 2)?.value?.number))
            let stat = try #require(model.statistics.first { $0.asWritten == figure && $0.location?.paragraph == paragraph })
            #expect(numbers.cell(row: row, col: measure)?.value?.text == stat.measures)
            #expect(numbers.cell(row: row, col: exact)?.value?.text == (CheckNumbersSheet.isExact(stat) ? "Exact" : "Approximate"))
        }
        let words = try #require(teacher.sheet(WorkbookSheet(kind: .wordsInContext).title))
        let meaning = try #require(words.column("What it means here"))
        for row in words.cells.filter({ $0.col == 1 && $0.row > 4 }).map(\.row) {
            let term = try #require(words.cell(row: row, col: 2)?.value?.text)
            #expect(words.cell(row: row, col: meaning)?.value?.text == model.vocabulary.first { $0.term == term }?.definition)
        }
    }

    @Test("middle school's activities leave out every sentence that quotes what the audience hides")
    func sensitivityRespected() throws {
        let input = try SeedPackets.input("middle-school")
        let model = try #require(SeedPackets.model)
        #expect(!input.audience.sensitivity.hide.isEmpty)
        let hidden: [any Excerpted] = (model.allClaims + model.evidence + model.statistics + model.quotes + model.events + model.vocabulary)
            .filter { input.audience.sensitivity.hides($0) }
        #expect(!hidden.isEmpty)
        let book = try Self.books(input).student
        let activities = WorkbookRenderer().sheets(for: .student, input).filter { $0.kind.role == .activity }.map(\.title)
        for title in activities {
            let sheet = try #require(book.sheet(title))
            for cell in sheet.cells where cell.row > 4 {
                let text = QuizLeaks.normalized(cell.value?.text ?? "")
                for item in hidden {
                    #expect(!text.contains(QuizLeaks.normalized(item.excerpt)), "\(title)!\(cell.ref) quotes hidden \(item.id)")
                }
            }
        }
        // High school hides nothing, so the same rows may appear there: the filter is the audience's.
        let high = try SeedPackets.input("high-school")
        let middleClaims = FactOpinionSheet.claims(try SheetContext.probe(input))
        #expect(middleClaims.allSatisfy { !input.audience.sensitivity.hides($0) })
        #expect(FactOpinionSheet.claims(try SheetContext.probe(high)).count >= middleClaims.count)
    }
}
