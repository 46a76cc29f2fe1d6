import Foundation
import PacketModel

/// The text of `article.txt`, checked to be readable UTF-8 prose and split into lines.
package struct ArticleText: Sendable {
    /// The path shown in diagnostics.
    package let path: String
    package let text: String
    /// The lines of the text (without line ends), line 1 first.
    package let lines: [String]

    /// The largest article accepted, in bytes. A news article is tens of kilobytes; anything far
    /// bigger is almost certainly the wrong file, and checking every excerpt against it would
    /// take minutes instead of milliseconds.
    static let maximumBytes = 10_000_000

    /// Reads and checks an article file: it must exist, be non-empty, at most ``maximumBytes``,
    /// valid UTF-8 and not binary.
    package static func read(_ url: URL, displayPath: String) -> Result<ArticleText, Diagnostic> {
        if InputFile.kind(url.path) == .file,
           let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximumBytes {
            return .failure(Diagnostic(file: displayPath, message: "the article file is \(size / 1_000_000) MB; an article may be at most \(maximumBytes / 1_000_000) MB (is this the right file?)"))
        }
        return InputFile.read(url, displayPath: displayPath, what: "the article file", missing: "article file not found")
            .flatMap { check($0, displayPath: displayPath) }
    }

    /// Checks bytes as an article: non-empty, valid UTF-8, no binary content.
    package static func check(_ data: Data, displayPath: String) -> Result<ArticleText, Diagnostic> {
        if data.count > maximumBytes {
            return .failure(Diagnostic(file: displayPath, message: "the article file is \(data.count / 1_000_000) MB; an article may be at most \(maximumBytes / 1_000_000) MB (is this the right file?)"))
        }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(Diagnostic(file: displayPath, message: "the article file is empty"))
        }
        if let zero = data.firstIndex(of: 0) {
            let line = LineEnds.line(ofByte: zero - data.startIndex, in: data)
            return .failure(Diagnostic(file: displayPath, line: line,
                                       message: "the article file looks binary (it contains a NUL byte); expected plain UTF-8 text"))
        }
        guard let decoded = String(validating: data, as: UTF8.self) else {
            return .failure(notUTF8(data, displayPath: displayPath, what: "the article file", advice: "save it as UTF-8"))
        }
        // CRLF (Windows) and CR line ends read as LF, and a byte-order mark is dropped.
        let text = LineEnds.normalized(decoded)
        let isControl: (Unicode.Scalar) -> Bool = { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
        let controls = text.unicodeScalars.filter(isControl)
        if let first = controls.first {
            let before = text.unicodeScalars.prefix { !isControl($0) }
            let line = before.filter { $0 == "\n" }.count + 1
            let hex = String(first.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return .failure(Diagnostic(file: displayPath, line: line,
                                       message: "the article file looks binary (\(controls.count) control character\(controls.count == 1 ? "" : "s"), the first, \(code), on this line); expected plain UTF-8 text"))
        }
        if let bad = text.unicodeScalars.first(where: UnwrittenCharacters.isNoncharacter) {
            let before = text.unicodeScalars.prefix { $0 != bad }
            return .failure(Diagnostic(file: displayPath, line: before.filter { $0 == "\n" }.count + 1,
                                       message: "the article file holds \(UnwrittenCharacters.describe(bad)) on this line; delete it"))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return .success(ArticleText(path: displayPath, text: text, lines: lines))
    }

    /// The body paragraphs: runs of non-blank lines not named by `layout`, separated by blank
    /// lines or layout lines, each joined into one line of text.
    package func paragraphs(layout: TextLayout) -> [Paragraph] {
        let skipped = layout.nonBodyLines
        var paragraphs: [Paragraph] = []
        var current: [String] = []
        var firstLine = 0
        func flush() {
            guard !current.isEmpty else { return }
            paragraphs.append(Paragraph(number: paragraphs.count + 1, line: firstLine,
                                        text: current.joined(separator: " ")))
            current = []
        }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || skipped.contains(number) {
                flush()
                continue
            }
            if current.isEmpty { firstLine = number }
            current.append(line)
        }
        flush()
        return paragraphs
    }

    /// "`<what>` is not valid UTF-8 (byte 0xE9 on this line); `<advice>`", on the line of the first bad byte.
    static func notUTF8(_ data: Data, displayPath: String, what: String, advice: String) -> Diagnostic {
        let (line, byte) = firstInvalidUTF8(data)
        return Diagnostic(file: displayPath, line: line,
                          message: "\(what) is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) on this line); \(advice)")
    }

    private static func firstInvalidUTF8(_ data: Data) -> (line: Int, byte: UInt8) {
        var line = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var lineAtScalarStart = 1
        var startOffset = 0
        var afterCR = false
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\r" || (s == "\n" && !afterCR) { line += 1 }
                afterCR = s == "\r"
                offset += String(s).utf8.count
                lineAtScalarStart = line
                startOffset = offset
            case .emptyInput:
                return (lineAtScalarStart, 0)
            case .error:
                let byte = startOffset < data.count ? data[data.startIndex + startOffset] : 0
                return (lineAtScalarStart, byte)
            }
        }
    }
}
