/// Characters never meant in a text, which no file a packet holds can carry: C0 control
/// characters other than tab and line ends (XML 1.0, inside every `.xlsx`, forbids them, and a
/// NUL ends a C string) and Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two
/// code points of every plane). Loading reports them with their place in the file.
package enum UnwrittenCharacters {
    /// A C0 control character other than tab, line feed and carriage return.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }

    /// A Unicode noncharacter.
    package static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// The first character of `text` no packet file can hold, if any.
    package static func first(in text: String) -> Unicode.Scalar? {
        // Most text is ASCII without control characters: one pass over the bytes rules it out.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) { return nil }
        return text.unicodeScalars.first { isControl($0) || isNoncharacter($0) }
    }

    /// `U+0007 (bell, a control character)`, `U+FFFE (a noncharacter)`.
    package static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if isNoncharacter(scalar) { return "\(code) (a noncharacter)" }
        let names: [UInt32: String] = [0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab",
                                       0x0C: "form feed", 0x1B: "escape"]
        return "\(code) (" + (names[scalar.value].map { "\($0), " } ?? "") + "a control character)"
    }
}
