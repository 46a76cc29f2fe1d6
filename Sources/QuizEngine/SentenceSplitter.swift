/// Splits a paragraph into sentences at `.`, `?` or `!` followed by a space (good enough to
/// quote the sentence that names a person; abbreviations such as "U.S. " may split early).
enum SentenceSplitter {
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for ch in text {
            if ch == " ", [".", "?", "!"].contains(previous), !current.isEmpty {
                result.append(current)
                current = ""
            } else if !(current.isEmpty && ch == " ") {
                current.append(ch)
            }
            previous = ch
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
