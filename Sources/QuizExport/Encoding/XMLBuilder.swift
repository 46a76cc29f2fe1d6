import Foundation

/// A small writer of indented XML 1.0 with every text and attribute escaped, so that `<`, `&`,
/// `]]>` and quotes survive a parse unchanged; line breaks are kept (`\r\n` and `\r` become `\n`).
/// Characters XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF) are never written: loading
/// refuses them in the model, and should one get this far, ``document(_:)`` refuses the file
/// rather than write text that differs from the model's.
struct XMLBuilder {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []
    /// The first character XML cannot hold that a text or attribute held, and the element it was for.
    private var refused: (scalar: Unicode.Scalar, element: String)?

    /// The finished document; throws when a text held a character XML cannot hold.
    func document(_ file: String) throws -> String {
        guard let refused else { return text }
        let hex = String(refused.scalar.value, radix: 16, uppercase: true)
        throw XMLRefusal(description: "\(file): refusing to write U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex), "
                         + "which XML cannot hold, in <\(refused.element)>")
    }

    /// A file refused for a character XML cannot hold.
    struct XMLRefusal: Error, CustomStringConvertible {
        let description: String
    }

    private mutating func note(_ texts: [String], in element: String) {
        guard refused == nil else { return }
        for text in texts {
            if let bad = text.unicodeScalars.first(where: { !Self.isAllowed($0) }) { refused = (bad, element); return }
        }
    }

    /// Opens `<name attr="…">` on its own line.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        note(attributes.map(\.1), in: name)
        line("<" + name + Self.attributes(attributes) + ">")
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = open.popLast() else { return }
        line("</" + name + ">")
    }

    /// `<name attr="…">text</name>` on one line, or `<name/>` when `text` is empty.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String = "") {
        note(attributes.map(\.1) + [content], in: name)
        let attrs = Self.attributes(attributes)
        line(content.isEmpty ? "<\(name)\(attrs)/>" : "<\(name)\(attrs)>\(Self.escape(content))</\(name)>")
    }

    /// Runs `body` between an opening and closing tag.
    mutating func within(_ name: String, _ attributes: [(String, String)] = [], _ body: (inout XMLBuilder) -> Void) {
        open(name, attributes)
        body(&self)
        close()
    }

    private mutating func line(_ content: String) {
        for _ in 0..<open.count { text += "  " }
        text += content
        text += "\n"
    }

    /// Escapes element text: `&`, `<` and `>` (so `]]>` cannot appear).
    static func escape(_ text: String) -> String {
        // Most text needs nothing: no markup character, no carriage return, no control character
        // and nothing that may be U+FFFE or U+FFFF (their UTF-8 starts with 0xEF).
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 < 0x20 || $0 == 0xEF }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in normalized(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes an attribute value, including quotes, tabs and line breaks (which a parser
    /// would otherwise turn into spaces).
    static func escapeAttribute(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x22 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 < 0x20 || $0 == 0xEF }) {
            return text
        }
        var out = ""
        for scalar in escape(text).unicodeScalars {
            switch scalar {
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escapeAttribute($0.1))\"" }.joined()
    }

    /// Line breaks as `\n`, and only characters XML 1.0 allows.
    private static func normalized(_ text: String) -> String {
        let unified = text.withUnixLineBreaks
        var out = String.UnicodeScalarView()
        for scalar in unified.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
