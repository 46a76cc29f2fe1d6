/// Text escaping for Moodle's GIFT format, as Moodle's own exporter writes it and its
/// importer reads it back: a backslash before each of `\ ~ = # { } :`, line breaks as `\n`.
enum GIFTEscaping {
    /// Escapes `text` for any GIFT field (name, question, answer, feedback).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        let normalized = text.withUnixLineBreaks
        for character in normalized {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": out.append("\\"); out.append(character)
            case "\n": out.append("\\n")
            default: out.append(character)
            }
        }
        return out
    }

    /// Escapes text that starts an answer or question and could be misread as a format tag
    /// (`[html]…`): such text gets an explicit `[plain]` prefix.
    static func field(_ text: String) -> String {
        let padded = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        let escaped = escape(padded ? text.trimmingCharacters(in: .whitespaces) : text)
        return escaped.hasPrefix("[") ? "[plain]" + escaped : escaped
    }

    /// A matching prompt: Moodle splits a pair at its first `->`, which GIFT cannot escape, so an
    /// arrow inside a prompt is written `→`.
    static func matchPrompt(_ text: String) -> String {
        field(text.replacingOccurrences(of: "->", with: "→"))
    }
}
