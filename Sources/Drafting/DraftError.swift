/// Why an article cannot be drafted.
package enum DraftError: Error, Equatable, CustomStringConvertible {
    /// The text has no words at all.
    case emptyText
    /// The text has a headline and nothing else.
    case noBody
    /// Every paragraph is repeated elsewhere, so no excerpt can be unique.
    case noUniqueText

    package var description: String {
        switch self {
        case .emptyText: return "the article text is empty: there is nothing to draft from"
        case .noBody: return "the article text has a headline but no body paragraphs to draft from"
        case .noUniqueText: return "every paragraph of the article text is repeated elsewhere: no excerpt can point at one place"
        }
    }
}
