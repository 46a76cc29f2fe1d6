import PacketModel

/// Every quiz export for one packet: the printed forms and answer keys, `quiz.json`, the LMS files
/// holding the audience's item bank, and the flashcard decks. Notes list every item a format left
/// out and everything it changed.
package struct QuizExportRenderer: PacketRenderer {
    package var name: String { "quiz-export" }

    /// The LMS exports, in the order their files are listed.
    static let lmsExporters: [any PacketRenderer] = [
        GIFTExporter(), MoodleXMLExporter(), CanvasQTIExporter(), BlackboardExporter(),
        KahootExporter(), DeckExporter(),
    ]

    package init() {}

    package func render(_ input: RenderInput) throws -> RenderOutput {
        var combined = RenderOutput()
        if let short = Self.shortFormNote(input) { combined.notes.append(short) }
        for renderer in [PrintedQuizRenderer(), QuizDataExporter()] + Self.lmsExporters {
            combined.merge(try renderer.render(input))
        }
        return combined
    }

    /// A note when the forms hold fewer questions than the audience asks for: the article's model
    /// gives too few of the types the audience allows (say, 100 asked and only essays allowed).
    static func shortFormNote(_ input: RenderInput) -> String? {
        let asked = input.audience.quiz.count, made = input.quiz.formA.items.count
        guard made < asked else { return nil }
        let counts = Dictionary(grouping: input.quiz.bank, by: \.type).mapValues(\.count)
        let types = QuizItemType.allCases.filter { (input.audience.quiz.types[$0] ?? 0) > 0 }
            .map { "\($0.rawValue): \(counts[$0] ?? 0)" }.joined(separator: ", ")
        return "each quiz form has \(made) question\(made == 1 ? "" : "s"), not the \(asked) the audience asks for "
            + "(quiz: count): the article's model gives only \(input.quiz.bank.count) of the types the audience allows (\(types))"
    }
}
