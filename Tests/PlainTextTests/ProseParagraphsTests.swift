import Testing
@testable import PlainText

@Suite("Finding the prose of a document")
struct ProseParagraphsTests {
    @Test("Headings, underlines, list items and their labels are left out; paragraphs ending in a citation count")
    func picksProse() {
        let document = """
        THE ARGUMENT
        ------------

        The author makes a case in three steps. Each one builds on
        the last. [¶4]

        1. First step of the argument.
          - evidence for it.
        Source: a report

        Is this a fact?

        People
        - Someone, a person who said something.

        """
        #expect(ProseParagraphs.of(document) == [
            "The author makes a case in three steps. Each one builds on the last. [¶4]",
            "Is this a fact?",
        ])
    }
}
