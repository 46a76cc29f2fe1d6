import Foundation

extension String {
    /// The text without leading and trailing spaces and tabs (Foundation's `.whitespaces`). Most
    /// texts have none: those are returned at once, without Foundation's scan (exports trim every
    /// option of every item).
    var trimmedOfSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        let spaces = CharacterSet.whitespaces
        if !spaces.contains(first) && !spaces.contains(last) { return self }
        return trimmingCharacters(in: spaces)
    }
}
