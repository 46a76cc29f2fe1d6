/// The start of a list item: its indentation and bullet or number, e.g. `"  - "` or `"12. "`.
///
/// Wrapped continuation lines of the item are indented to line up with the text after the marker.
struct ListMarker: Equatable {
    /// The leading spaces and the marker with the space after it.
    var prefix: String

    /// The indentation for continuation lines: as many spaces as the prefix is wide.
    var hangingIndent: String { String(repeating: " ", count: prefix.count) }

    /// Finds the marker at the start of `line`: bullets (`-`, `*`, `•`, `–`, `·`), numbers or letters
    /// followed by `.` or `)` (`1.`, `12)`, `a)`, and an indented `A.` as quiz options are), or `Q3.`;
    /// otherwise the line's indentation alone.
    static func of(_ line: Substring) -> ListMarker {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        if let bullet = rest.first, "-*•–·".contains(bullet), rest.dropFirst().first == " " {
            return ListMarker(prefix: String(indent) + String(bullet) + " ")
        }
        var label = rest.prefix { $0.isNumber || $0.isLetter }
        if label.first == "Q" { label = rest.prefix(1) + rest.dropFirst().prefix { $0.isNumber } }
        let isNumber = !label.isEmpty && label.count <= 3
            && (label.allSatisfy(\.isNumber) || (label.count == 1 && label.allSatisfy(\.isLowercase))
                || (label.count == 1 && label.allSatisfy(\.isUppercase) && !indent.isEmpty)
                || (label.first == "Q" && label.dropFirst().allSatisfy(\.isNumber) && label.count > 1))
        let after = rest.dropFirst(label.count)
        if isNumber, let close = after.first, close == "." || close == ")", after.dropFirst().first == " " {
            return ListMarker(prefix: String(indent) + String(label) + String(close) + " ")
        }
        return ListMarker(prefix: String(indent))
    }
}
