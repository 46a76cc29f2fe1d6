import Foundation

/// Plain text as a small HTML fragment for LMS fields that expect HTML: escaped, line breaks
/// as `<br>`, wrapped in one paragraph.
enum HTMLText {
    static func paragraph(_ text: String) -> String {
        "<p>" + escape(text).replacingOccurrences(of: "\n", with: "<br>") + "</p>"
    }

    /// Escapes `&`, `<`, `>` and `"`; line breaks are normalized to `\n`.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") {
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
