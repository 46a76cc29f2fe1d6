import Foundation

/// A small writer of indented XML 1.0 with every text and attribute escaped, so that `<`, `&`,
/// `]]>` and quotes survive a parse unchanged; line breaks are kept (`\r\n` and `\r` become `\n`).
/// Characters XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF) are never written: loading
/// refuses them in the model, and should one get this far, ``document(_:)`` refuses the file
/// rather than write text that differs from the model's.
struct XMLBuilder {
    /// The document so far, as UTF-8 (appending bytes is cheaper than appending to a string,
    /// and an export writes hundreds of thousands of pieces).
    private var bytes: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
    private var open: [String] = []
    /// The first character XML cannot hold that a text or attribute held, and the element it was for.
    private var refused: (scalar: Unicode.Scalar, element: String)?

    /// The finished document, as UTF-8; throws when a text held a character XML cannot hold.
    func document(_ file: String) throws -> Data {
        guard let refused else { return Data(bytes) }
        let hex = String(refused.scalar.value, radix: 16, uppercase: true)
        throw XMLRefusal(description: "\(file): refusing to write U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex), "
                         + "which XML cannot hold, in <\(refused.element)>")
    }

    /// A file refused for a character XML cannot hold.
    struct XMLRefusal: Error, CustomStringConvertible {
        let description: String
    }

    private mutating func note(_ text: String, in element: String) {
        guard refused == nil else { return }
        // Only a control character or a character starting with 0xEF (U+FFFE, U+FFFF) can be refused.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF }) else { return }
        if let bad = text.unicodeScalars.first(where: { !Self.isAllowed($0) }) { refused = (bad, element) }
    }

    /// Opens `<name attr="…">` on its own line.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        startTag(name, attributes)
        put(">\n")
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = open.popLast() else { return }
        indent()
        put("</")
        put(name)
        put(">\n")
    }

    /// `<name attr="…">text</name>` on one line, or `<name/>` when `text` is empty.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String = "") {
        startTag(name, attributes)
        if content.isEmpty {
            put("/>\n")
        } else {
            put(">")
            putEscaped(content, in: name)
            put("</")
            put(name)
            put(">\n")
        }
    }

    /// An indented `<name attr="…"` (written straight into the document: an export writes
    /// thousands of elements).
    private mutating func startTag(_ name: String, _ attributes: [(String, String)]) {
        indent()
        put("<")
        put(name)
        for (key, value) in attributes {
            put(" ")
            put(key)
            put("=\"")
            if Self.isPlain(value, quote: true) {
                put(value)
            } else {
                note(value, in: name)
                put(Self.escapeAttribute(value))
            }
            put("\"")
        }
    }

    private mutating func indent() {
        let width = 2 * open.count
        if width <= Self.spaces.count {
            bytes.append(contentsOf: Self.spaces[..<width])
        } else {
            bytes.append(contentsOf: repeatElement(0x20, count: width))
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// Element text, escaped: text with nothing to escape (most of it) is written as it is.
    private mutating func putEscaped(_ text: String, in element: String) {
        if Self.isPlain(text, quote: false) { return put(text) }
        note(text, in: element)
        put(Self.escape(text))
    }

    /// True when the text holds no markup character (`&`, `<`, `>`, and `"` in an attribute), no
    /// control character and nothing that may be U+FFFE or U+FFFF: written as it is, and
    /// nothing in it can be refused.
    private static func isPlain(_ text: String, quote: Bool) -> Bool {
        !text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 < 0x20 || $0 == 0xEF || (quote && $0 == 0x22) }
    }

    private mutating func put(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Runs `body` between an opening and closing tag.
    mutating func within(_ name: String, _ attributes: [(String, String)] = [], _ body: (inout XMLBuilder) -> Void) {
        open(name, attributes)
        body(&self)
        close()
    }

    /// Escapes element text: `&`, `<` and `>` (so `]]>` cannot appear).
    static func escape(_ text: String) -> String {
        // Most text needs nothing (see ``isPlain(_:quote:)``).
        if isPlain(text, quote: false) { return text }
        // Byte by byte: the markup characters and control characters are ASCII, and U+FFFE and
        // U+FFFF (which XML cannot hold) are EF BF BE and EF BF BF.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x0D:
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            case 0x09, 0x0A: out.append(b)
            case 0x00..<0x20: break
            case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Escapes an attribute value, including quotes, tabs and line breaks (which a parser
    /// would otherwise turn into spaces).
    static func escapeAttribute(_ text: String) -> String {
        if isPlain(text, quote: true) { return text }
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

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
