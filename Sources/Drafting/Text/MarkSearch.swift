import PacketModel

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
        guard text.bytesContain(mark) else { return false }
        return text.contains(mark)
    }
}
