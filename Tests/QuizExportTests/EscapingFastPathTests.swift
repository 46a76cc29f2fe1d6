import Foundation
import Testing
@testable import QuizExport

/// Escaping returns text that needs nothing as it is, without walking it character by character
/// (a third of exporting a large item bank went there). The results must be the same as the full
/// walk's, kept here as the reference.
@Suite("Escaping's fast paths")
struct EscapingFastPathTests {
    static func referenceXML(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out = ""
        for scalar in unified.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: break
            default: continue
            }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func referenceHTML(_ text: String) -> String {
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

    static let texts = ["Plain words.", "Zoë Ågren said “yes”", "a < b & c > d", "quote \" here", "tab\there", "line\nbreak",
                        "crlf\r\nand cr\rend", "bell \u{7}", "nonchar \u{FFFF} and \u{FFFE}", "private \u{E000} ok", "ﬁ ligature ￼",
                        "", "emoji 📰 and 👨‍👩‍👧", "\u{FEFF}bom"]

    @Test("XML and HTML escaping give the same text as the full walk", arguments: texts)
    func sameAsWalk(_ text: String) {
        #expect(XMLBuilder.escape(text) == Self.referenceXML(text))
        #expect(HTMLText.escape(text) == Self.referenceHTML(text))
        #expect(HTMLText.paragraph(text) == "<p>" + Self.referenceHTML(text).replacingOccurrences(of: "\n", with: "<br>") + "</p>")
        #expect(text.withUnixLineBreaks == text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }
}
