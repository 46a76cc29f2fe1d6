import Foundation

/// Plain text as a small HTML fragment for LMS fields that expect HTML: escaped, line breaks
/// as `<br>`, wrapped in one paragraph.
enum HTMLText {
    static func paragraph(_ text: String) -> String {
        let escaped = escape(text)
        return "<p>" + (escaped.utf8.contains(10) ? escaped.replacingOccurrences(of: "\n", with: "<br>") : escaped) + "</p>"
    }

    /// Escapes `&`, `<`, `>` and `"`; line breaks are normalized to `\n`.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x0D }) { return text }
        var out = ""
        for character in text.withUnixLineBreaks {
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
