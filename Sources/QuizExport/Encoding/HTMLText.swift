import Foundation

/// Plain text as a small HTML fragment for LMS fields that expect HTML: escaped, line breaks
/// as `<br>`, wrapped in one paragraph.
enum HTMLText {
    static func paragraph(_ text: String) -> String {
        let escaped = escape(text)
        return "<p>" + (escaped.utf8.contains(0x0A) ? escaped.replacingOccurrences(of: "\n", with: "<br>") : escaped) + "</p>"
    }

    /// Escapes `&`, `<`, `>` and `"`; line breaks are normalized to `\n`.
    static func escape(_ text: String) -> String {
        var out = ""
        let unified = text.utf8.contains(13)
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        for character in unified {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
