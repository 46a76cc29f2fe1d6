import PacketModel
import Testing
@testable import PacketLoading

/// Suggesting a closest passage is costly; a matcher stops suggesting once its budget is spent,
/// so checking a model against the wrong article stays quick (found by the fuzzer, Tests/Fuzz).
struct ExcerptSuggestionBudgetTests {
    let paragraphs = [
        Paragraph(number: 1, line: 1, text: "The mayor said the bridge will be rebuilt next spring."),
        Paragraph(number: 2, line: 3, text: "Critics argue the plan costs far too much money."),
    ]

    @Test("a mistyped excerpt is answered with the closest passage of the article")
    func suggestsClosestPassage() {
        let matcher = ExcerptMatcher(paragraphs: paragraphs)
        #expect(matcher.match("the plan cost far too much") == .notFound(closest: "the plan costs far too much", paragraph: 2))
    }

    @Test("once the suggestion budget is spent, a missing excerpt is reported without a passage")
    func stopsSuggestingWhenBudgetIsSpent() {
        let matcher = ExcerptMatcher(paragraphs: paragraphs, suggestionBudget: 30_000)
        var results: [ExcerptMatcher.Match] = []
        for _ in 0..<10 { results.append(matcher.match("the plan cost far too much")) }
        #expect(results.first == .notFound(closest: "the plan costs far too much", paragraph: 2))
        #expect(results.last == .notFound(closest: nil, paragraph: nil))
    }
}
