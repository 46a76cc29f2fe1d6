/// Text escaping for Moodle's GIFT format, as Moodle's own exporter writes it and its
/// importer reads it back: a backslash before each of `\ ~ = # { } :`, line breaks as `\n`.
enum GIFTEscaping {
    /// Escapes `text` for any GIFT field (name, question, answer, feedback).
    static func escape(_ text: String) -> String {
        // Byte by byte: every character that changes is ASCII, and UTF-8 never uses an ASCII
        // byte inside a longer character.
        let normalized = text.withUnixLineBreaks
        var out: [UInt8] = []
        out.reserveCapacity(normalized.utf8.count + 8)
        for byte in normalized.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: "#"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: ":"):
                out.append(UInt8(ascii: "\\")); out.append(byte)
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes text that starts an answer or question and could be misread as a format tag
    /// (`[html]…`): such text gets an explicit `[plain]` prefix.
    static func field(_ text: String) -> String {
        let padded = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        let escaped = escape(padded ? text.trimmedOfSpaces : text)
        return escaped.hasPrefix("[") ? "[plain]" + escaped : escaped
    }

    /// A matching prompt: Moodle splits a pair at its first `->`, which GIFT cannot escape, so an
    /// arrow inside a prompt is written `→`.
    static func matchPrompt(_ text: String) -> String {
        field(text.replacingOccurrences(of: "->", with: "→"))
    }
}
