/// Looks for short marks ("subscribe", "getty images") in lines of text, fast.
///
/// `String.contains(_:)` with a string argument goes through Foundation's `NSString` search, which
/// converts each line to UTF-16 first: on a long article that was a third of the draft's time. The
/// bytes of a mark must occur in a line for the line to contain it (the marks have no canonically
/// equivalent spellings in lower-cased text), so a plain byte search rules out almost every line
/// and only the rare candidates are confirmed by the same comparison as before: results are unchanged.
enum MarkSearch {
    /// True when `text` contains `mark`, exactly as `text.contains(mark)` decides it.
    static func contains(_ text: String, _ mark: String) -> Bool {
        guard bytesContain(text, mark) else { return false }
        return text.contains(mark)
    }

    /// True when the UTF-8 bytes of `mark` occur in those of `text`.
    static func bytesContain(_ text: String, _ mark: String) -> Bool {
        var text = text, mark = mark
        return text.withUTF8 { haystack in
            mark.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard needle.count <= haystack.count else { return false }
                var i = 0
                let last = haystack.count - needle.count
                while i <= last {
                    if haystack[i] == first {
                        var k = 1
                        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
