import Foundation
import PacketModel

/// Writes two flashcard decks from the article: vocabulary (term → definition) and who said it
/// (a direct quote → its speaker), leaving out whatever the audience's sensitivity hides.
///
/// - `teacher/deck.quizlet.tsv`: Quizlet's import (term, tab, definition, one card a line). Quizlet
///   has no escape, so tabs and line breaks in a card become spaces, and a card that starts like a
///   formula (`=`, `+`, `-`, `@`) gets a manifest note not to open the file in a spreadsheet.
/// - `teacher/deck.anki.txt`: Anki's text import with file headers (`#separator:tab`,
///   `#html:true`, `#tags column:3`). Fields are HTML: `& < > "` escaped, a line break as `<br>`,
///   a tab as `&#9;`, so every character survives; the third field tags the card.
package struct DeckExporter: PacketRenderer {
    package var name: String { "decks" }
    static let quizletPath = "teacher/deck.quizlet.tsv"
    static let ankiPath = "teacher/deck.anki.txt"

    package init() {}

    /// One flashcard.
    struct Card: Hashable {
        var front: String
        var back: String
        /// `vocabulary` or `who-said-it`.
        var kind: String
    }

    package func render(_ input: RenderInput) throws -> RenderOutput {
        let cards = Self.cards(input.article, input.audience)
        let quizlet = TabSeparated.file(cards.map { [$0.front, $0.back] })
        let tag = Self.tagSafe(input.article.id)
        let anki = "#separator:tab\n#html:true\n#tags column:3\n"
            + cards.map { [Self.anki($0.front), Self.anki($0.back), "\($0.kind) \(tag)"].joined(separator: "\t") + "\n" }
                .joined()
        var notes: [String] = []
        if let formulas = TabSeparated.formulaNote(cards.map { [$0.front, $0.back] }, file: "deck.quizlet.tsv", uploadTo: "Quizlet") {
            notes.append(formulas)
        }
        if cards.isEmpty { notes.append("decks: the article has no vocabulary or direct quotes to make cards from") }
        return RenderOutput(files: [PacketFile(path: Self.quizletPath, text: quizlet),
                                    PacketFile(path: Self.ankiPath, text: anki)],
                            notes: notes)
    }

    /// Vocabulary cards in model order, then who-said-it cards for direct quotes.
    static func cards(_ article: ArticleModel, _ audience: Audience) -> [Card] {
        let vocabulary = article.vocabulary.filter { !audience.sensitivity.hides($0) }.map {
            Card(front: $0.term, back: $0.definition, kind: "vocabulary")
        }
        let quotes = article.quotes.filter { $0.mode == .direct && !audience.sensitivity.hides($0) }.map { quote in
            let name = article.displayName(for: quote.speaker)
            let role = quote.role ?? article.person(quote.speaker)?.role
            return Card(front: "“\(quote.text)”", back: role.map { "\(name) (\($0))" } ?? name, kind: "who-said-it")
        }
        return vocabulary + quotes
    }

    /// A field as Anki HTML.
    static func anki(_ text: String) -> String {
        HTMLText.escape(text).replacingOccurrences(of: "\n", with: "<br>").replacingOccurrences(of: "\t", with: "&#9;")
    }

    /// Anki tags are separated by spaces.
    private static func tagSafe(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? "_" : $0 })
    }
}
