/// The rules Excel applies to worksheet names, checked before the C library sees a name.
package enum SheetName {
    /// The longest name Excel accepts, in characters.
    static let maximumLength = 31
    /// Characters Excel forbids in a worksheet name.
    static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws ``XlsxError/invalidSheetName(name:reason:)`` when `name` is not a name Excel
    /// accepts, or when it equals one of `existing` ignoring case.
    package static func validate(_ name: String, existing: [String] = []) throws {
        func fail(_ reason: String) -> XlsxError { .invalidSheetName(name: name, reason: reason) }
        if name.isEmpty { throw fail("a worksheet name cannot be empty") }
        if let bad = XMLText.firstUnwritable(in: name) {
            throw fail("contains U+\(String(bad.value, radix: 16, uppercase: true)), which an .xlsx file cannot hold")
        }
        if name.utf16.count > maximumLength {
            throw fail("\(name.utf16.count) characters; Excel allows at most \(maximumLength)")
        }
        if let bad = name.first(where: { forbiddenCharacters.contains($0) }) {
            throw fail("contains \"\(bad)\"; Excel forbids any of [ ] : * ? / \\")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw fail("cannot start or end with an apostrophe")
        }
        if name.lowercased() == "history" { throw fail("\"History\" is reserved by Excel") }
        if let clash = existing.first(where: { $0.lowercased() == name.lowercased() }) {
            throw fail("already used by worksheet \"\(clash)\" (names are compared ignoring case)")
        }
    }

    /// The name as it appears in a formula: quoted when it holds anything but letters, digits
    /// and underscores (`'People & places'`), with inner apostrophes doubled.
    package static func quoted(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        let startsWithDigit = name.first.map { $0.isNumber } ?? true
        if plain && !startsWithDigit && !looksLikeCellReference(name) { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func looksLikeCellReference(_ name: String) -> Bool {
        let letters = name.prefix { $0.isASCII && $0.isLetter }
        let rest = name.dropFirst(letters.count)
        return !letters.isEmpty && letters.count <= 3 && !rest.isEmpty && rest.allSatisfy(\.isNumber)
    }
}
