/// Rules for worksheet tab titles (Excel's): at most 31 characters, none of `[]:*?/\`,
/// not starting or ending with an apostrophe.
package enum SheetTitle {
    /// What is wrong with `title`, or `nil` when it is a valid tab title.
    package static func problem(_ title: String) -> String? {
        if title.isEmpty { return "is empty" }
        if title.count > 31 { return "is longer than 31 characters" }
        if let bad = title.first(where: { "[]:*?/\\".contains($0) }) { return "contains '\(bad)', which a sheet title cannot" }
        if title.hasPrefix("'") || title.hasSuffix("'") { return "starts or ends with an apostrophe" }
        return nil
    }
}
