/// Excel's limit on the text of one cell, and how the wrapper keeps within it.
package enum CellText {
    /// The most characters (UTF-16 code units) one cell can hold.
    static let maximumLength = 32_767

    /// `text` cut to at most `limit` UTF-16 code units on a character boundary, and whether it was cut.
    package static func fitted(_ text: String, limit: Int = maximumLength) -> (text: String, wasCut: Bool) {
        guard text.utf16.count > limit else { return (text, false) }
        var count = 0
        var end = text.startIndex
        for index in text.indices {
            let width = text[index].utf16.count
            if count + width > limit { break }
            count += width
            end = text.index(after: index)
        }
        return (String(text[..<end]), true)
    }
}
