import Foundation

extension String {
    /// The text with `\r\n` and `\r` line breaks made `\n`. Most text has no carriage return: it is
    /// returned as it is, since Foundation's replacing converts every string it looks at (a third of
    /// exporting a large item bank went there).
    var withUnixLineBreaks: String {
        guard utf8.contains(13) else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
