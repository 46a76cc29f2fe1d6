/// An item that quotes the article: it carries the exact words it comes from, and the
/// validator records where they stand.
package protocol Excerpted: Sendable {
    /// Stable id, unique across the whole model.
    var id: String { get }
    /// The exact words of the article this item comes from.
    var excerpt: String { get }
    /// Where ``excerpt`` stands in the article; `nil` until validated.
    var location: Location? { get set }
    /// Sensitivity tags (e.g. `attack-method`); an audience may hide tagged items.
    var sensitive: [String] { get }
}

extension Excerpted {
    /// The paragraph citation `[¶n]`, or an empty string when not located.
    package var citation: String {
        location.map { "[¶\($0.paragraph)]" } ?? ""
    }
}
