import Testing
@testable import QuizExport

@Suite("Numbers in printed answer keys")
struct AnswerNumberTests {
    @Test("a key's large number has thousands separators; years, small numbers and decimals read as written",
          arguments: [(300_000_000.0, "300,000,000"), (2017, "2017"), (1250, "1250"), (62_800_000, "62,800,000"),
                      (12_345.5, "12,345.5"), (-45_000, "-45,000"), (0.18, "0.18")])
    func grouped(value: Double, shown: String) {
        #expect(PrintedQuizContext.grouped(value) == shown)
    }
}
