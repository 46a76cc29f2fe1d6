/// Text the library copies into the workbook's XML as it is. Characters XML 1.0 cannot hold (C0
/// control characters other than tab and line ends, U+FFFE, U+FFFF) make a file Excel "repairs"
/// and other readers refuse, and a NUL silently ends the text: the wrapper refuses them all, so a
/// workbook is written whole or not at all.
enum XMLText {
    /// Throws ``XlsxError/invalidArgument(_:)`` naming `place` when `text` holds such a character.
    static func check(_ text: String?, _ place: @autoclosure () -> String) throws {
        guard let text, let bad = firstUnwritable(in: text) else { return }
        let hex = String(bad.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let kind = bad.value < 0x20 ? "a control character" : "a noncharacter"
        throw XlsxError.invalidArgument("\(place()): the text holds \(code) (\(kind)), which an .xlsx file cannot hold")
    }

    /// The first character of `text` XML 1.0 cannot hold, or a NUL.
    static func firstUnwritable(in text: String) -> Unicode.Scalar? {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return nil }
        return text.unicodeScalars.first { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }
}
