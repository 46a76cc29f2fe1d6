import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import WorkbookRenderer

/// The Article tab shows the text the audience's class reads.
@Suite("The Article tab and the adapted text", .requires(.openpyxl))
struct AdaptedArticleSheetTests {
    /// The Article tab's paragraph texts, joined per paragraph number, and its heading.
    static func article(_ audience: String) throws -> (heading: String, paragraphs: [Int: String]) {
        let book = try SeedWorkbookTests.books(try SeedPackets.input(audience)).student
        let sheet = try #require(book.sheet("Article"))
        var paragraphs: [Int: String] = [:], current = 0
        for row in (SheetTable.firstDataRow + 1)...sheet.max_row {
            if let number = sheet.cell(row: row, col: 1)?.value?.number { current = Int(number) }
            guard let text = sheet.cell(row: row, col: 2)?.value?.text else { continue }
            paragraphs[current] = paragraphs[current].map { $0 + " " + text } ?? text
        }
        return (sheet.cell(row: SheetTable.headerRow + 1, col: 2)?.value?.text ?? "", paragraphs)
    }

    @Test("the middle-school Article tab shows the grades 6–8 adaptation under the original's numbers, and says so")
    func middleSchoolAdapted() throws {
        let model = try #require(SeedPackets.model)
        let adaptation = try #require(model.adaptation("grades-6-8"))
        let (heading, paragraphs) = try Self.article("middle-school")
        #expect(heading.contains("adapted for readers in grades 6–8"))
        #expect(paragraphs.keys.sorted() == model.paragraphs.map(\.number))
        for paragraph in adaptation.paragraphs {
            #expect(paragraphs[paragraph.number] == paragraph.text.joined(separator: " "), "¶\(paragraph.number)")
        }
    }

    @Test("the high-school Article tab shows the original, word for word")
    func highSchoolOriginal() throws {
        let model = try #require(SeedPackets.model)
        let (heading, paragraphs) = try Self.article("high-school")
        #expect(heading == "The article, paragraph by paragraph")
        for paragraph in model.paragraphs { #expect(paragraphs[paragraph.number] == paragraph.text, "¶\(paragraph.number)") }
    }
}
