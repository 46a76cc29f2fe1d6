/// The editor's statement that the article has none of something (`counterarguments: none`),
/// as opposed to a model that simply lists none.
package enum Absence: String, Codable, Sendable, Hashable, CaseIterable {
    case none
}
