import Foundation

/// Line ends as editors write them: LF (Unix, macOS), CRLF (Windows: Notepad, Word's plain text)
/// and a lone CR (old Mac). Every text file is read with its line ends made LF, so a Windows file
/// reads exactly as a Unix one and line numbers count the same lines.
///
/// Swift treats "\r\n" as one `Character`, so splitting CRLF text on "\n" never splits it: the
/// text must be made LF before any code splits it into lines.
package enum LineEnds {
    /// `text` with every CRLF and lone CR turned into LF, and a leading byte-order mark removed.
    package static func normalized(_ text: String) -> String {
        let utf8 = text.utf8
        let hasBOM = text.unicodeScalars.first == "\u{FEFF}"
        guard hasBOM || utf8.contains(0x0D) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8.dropFirst(hasBOM ? 3 : 0) {
            if byte == 0x0D {
                bytes.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The 1-based line holding byte `offset` of `data`, counting CRLF, CR and LF as one line end each.
    package static func line(ofByte offset: Int, in data: Data) -> Int {
        var line = 1
        var previousWasCR = false
        for byte in data.prefix(max(0, offset)) {
            if byte == 0x0D { line += 1; previousWasCR = true; continue }
            if byte == 0x0A && !previousWasCR { line += 1 }
            previousWasCR = false
        }
        return line
    }
}
