import Testing
import XlsxWriter

@Suite("Worksheet names")
struct SheetNameTests {
    @Test("a name longer than 31 characters is refused with the count in the message")
    func tooLong() throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        let name = String(repeating: "x", count: 32)
        #expect {
            try wb.addWorksheet(name)
        } throws: { error in
            guard case .invalidSheetName(_, let reason) = error as? XlsxError else { return false }
            return reason.contains("32 characters")
        }
        #expect(try wb.addWorksheet(String(repeating: "y", count: 31)).name.count == 31)
    }

    @Test("each of the characters Excel forbids is refused", arguments: ["[", "]", ":", "*", "?", "/", "\\"])
    func forbidden(character: String) throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        #expect(throws: XlsxError.self) { try wb.addWorksheet("Q\(character)A") }
    }

    @Test("a name used before in another case is refused")
    func caseInsensitiveDuplicate() throws {
        let wb = try Workbook(path: "/tmp/unused-\(#line).xlsx")
        try wb.addWorksheet("Quiz")
        #expect {
            try wb.addWorksheet("QUIZ")
        } throws: { error in
            (error as? XlsxError)?.description.contains("already used by worksheet \"Quiz\"") == true
        }
    }

    @Test("empty names and names starting or ending with an apostrophe are refused")
    func emptyAndApostrophes() throws {
        #expect(throws: XlsxError.self) { try SheetName.validate("") }
        #expect(throws: XlsxError.self) { try SheetName.validate("'Quotes") }
        #expect(throws: XlsxError.self) { try SheetName.validate("Quotes'") }
        try SheetName.validate("People & places")
    }

    @Test("names with spaces or punctuation are quoted for formulas, apostrophes doubled")
    func quoting() {
        #expect(SheetName.quoted("Quiz") == "Quiz")
        #expect(SheetName.quoted("Answer key") == "'Answer key'")
        #expect(SheetName.quoted("O'Brien") == "'O''Brien'")
        #expect(SheetName.quoted("AB12") == "'AB12'")
    }
}
