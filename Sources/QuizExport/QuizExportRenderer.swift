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
        for renderer in [PrintedQuizRenderer(), QuizDataExporter()] + Self.lmsExporters {
            combined.merge(try renderer.render(input))
        }
        return combined
    }
}
