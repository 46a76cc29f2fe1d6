/// Something an audience may choose not to show: it carries sensitivity tags such as
/// `attack-method` or `perpetrator-name`.
package protocol SensitivityTagged: Sendable {
    /// Sensitivity tags; an audience that hides one of them does not show the item as it is.
    var sensitive: [String] { get }
}

/// An item that quotes the article: it carries the exact words it comes from, and the
/// validator records where they stand.
package protocol Excerpted: SensitivityTagged {
    /// Stable id, unique across the whole model.
    var id: String { get }
    /// The exact words of the article this item comes from.
    var excerpt: String { get }
    /// Where ``excerpt`` stands in the article; `nil` until validated.
    var location: Location? { get set }
}

extension Excerpted {
    /// The paragraph citation `[¶n]`, or an empty string when not located.
    package var citation: String {
        location.map { "[¶\($0.paragraph)]" } ?? ""
    }
}
