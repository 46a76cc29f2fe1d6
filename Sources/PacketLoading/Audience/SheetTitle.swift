/// Rules for worksheet tab titles (Excel's): at most 31 characters as Excel counts them (UTF-16
/// code units: an emoji counts two, a combining mark one), none of `[]:*?/\`, not starting or
/// ending with an apostrophe, and not `History`, which Excel reserves.
package enum SheetTitle {
    /// What is wrong with `title`, or `nil` when it is a valid tab title.
    package static func problem(_ title: String) -> String? {
        if title.isEmpty { return "is empty" }
        if title.utf16.count > 31 {
            let counted = title.utf16.count == title.count ? "" : " as Excel counts them (an emoji counts two, an accent or other combining mark one)"
            return "is \(title.utf16.count) characters long\(counted); Excel allows at most 31"
        }
        if let bad = title.first(where: { "[]:*?/\\".contains($0) }) { return "contains '\(bad)', which a sheet title cannot" }
        if title.hasPrefix("'") || title.hasSuffix("'") { return "starts or ends with an apostrophe" }
        if title.lowercased() == "history" { return "is reserved by Excel; choose another title" }
        return nil
    }
}
