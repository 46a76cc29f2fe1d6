import PacketModel

/// Text in quotation marks (“ ”) must be the article's own words. Finds the quoted spans of a text and
/// checks each against the article (case, spacing and punctuation aside; `…` or `...` may stand for
/// words left out), and finds the leftovers of a garbled stem.
struct QuotedSpans {
    /// Each body paragraph as a comparison key, padded with spaces.
    private let paragraphs: [String]
    /// The paragraphs (indices into ``paragraphs``) each word of the article stands in: a quoted
    /// piece is looked for only where its rarest word is.
    private let paragraphsWith: [String: [Int]]
    /// Spans already judged: the same words recur in many items.
    private let judged = Judged()

    private final class Judged {
        var inArticle: [String: Bool] = [:]
    }

    init(model: ArticleModel) {
        paragraphs = model.paragraphs.map { " " + TextNormal.key($0.text) + " " }
        var index: [String: [Int]] = [:]
        for (number, paragraph) in paragraphs.enumerated() {
            for word in Set(Self.words(paragraph)) { index[word, default: []].append(number) }
        }
        paragraphsWith = index
    }

    /// The quoted spans of `text` that are not the article's words, each as quoted.
    func notInArticle(_ text: String) -> [String] {
        Self.spans(in: text).filter { !isInArticle($0) }
    }

    private func isInArticle(_ span: String) -> Bool {
        if let known = judged.inArticle[span] { return known }
        let found = Self.pieces(span).allSatisfy(isInArticle(piece:))
        judged.inArticle[span] = found
        return found
    }

    /// True when the piece (a comparison key, never empty) stands, whole words, in one paragraph.
    private func isInArticle(piece: String) -> Bool {
        var rarest: [Int] = []
        for (n, word) in Self.words(piece).enumerated() {
            guard let here = paragraphsWith[word] else { return false }
            if n == 0 || here.count < rarest.count { rarest = here }
        }
        let padded = " " + piece + " "
        return rarest.contains { paragraphs[$0].bytesContain(padded) }
    }

    /// The words of a comparison key, split at its spaces (bytes: a combining mark after a space
    /// would make one Character of both).
    private static func words(_ key: String) -> [String] {
        key.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The top-level spans between “ and ”. Quotations in the packet are always printed with
    /// typographic marks; straight double quotes (`"`) are left alone, as in a formula or code.
    /// Read byte by byte (“ is E2 80 9C, ” is E2 80 9D): the self-check reads every text of every item.
    static func spans(in text: String) -> [String] {
        let bytes = text.utf8
        var spans: [String] = []
        var rest = bytes.startIndex
        while let open = mark(0x9C, in: bytes, from: rest) {
            let inside = bytes.index(open, offsetBy: 3)
            guard let close = mark(0x9D, in: bytes, from: inside) else {
                spans.append(String(decoding: bytes[inside...], as: UTF8.self))
                break
            }
            spans.append(String(decoding: bytes[inside..<close], as: UTF8.self))
            rest = bytes.index(close, offsetBy: 3)
        }
        return spans
    }

    /// Where the next quotation mark E2 80 `last` starts, at or after `start`.
    private static func mark(_ last: UInt8, in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        var i = start
        while let lead = bytes[i...].firstIndex(of: 0xE2) {
            let second = bytes.index(after: lead)
            guard second < bytes.endIndex else { return nil }
            let third = bytes.index(after: second)
            if bytes[second] == 0x80, third < bytes.endIndex, bytes[third] == last { return lead }
            i = second
        }
        return nil
    }

    /// The comparison keys of the stretches of a span between ellipses.
    static func pieces(_ span: String) -> [String] {
        (span.bytesContain("...") ? span.replacingOccurrences(of: "...", with: "…") : span).split(separator: "…")
            .map { TextNormal.key(String($0)) }.filter { !$0.isEmpty }
    }

    /// The text with every quoted span taken out.
    static func unquoted(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "“") {
            out += rest[..<open]
            let inside = rest[rest.index(after: open)...]
            guard let close = inside.firstIndex(of: "”") else { return out }
            rest = inside[inside.index(after: close)...]
        }
        return out + rest
    }

    /// Leftovers of a stem put together from pieces: an ellipsis outside quotation marks, "the
    /// figure N for", or an event's label after "happened in/on …:".
    static func fragments(in stem: String) -> [String] {
        guard stem.bytesContain("…") || stem.bytesContain("...") || stem.bytesContain("figure") || stem.bytesContain("happened")
        else { return [] }
        var found: [String] = []
        let outside = unquoted(stem)
        if outside.contains("…") || outside.contains("...") { found.append("an ellipsis outside quotation marks") }
        let words = outside.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
        for i in words.indices where words[i] == "the" && i + 1 < words.count && words[i + 1] == "figure" {
            if words[(i + 2)..<min(words.count, i + 7)].contains(where: { $0 == "for" || $0 == "of" }) {
                found.append("“the figure N for”")
            }
        }
        for i in words.indices where words[i] == "happened" && i + 1 < words.count && ["in", "on"].contains(words[i + 1]) {
            let rest = words[(i + 2)...].prefix(5)
            if rest.contains(where: { $0.hasSuffix(":") }) { found.append("an event's label after “happened in”") }
        }
        return found
    }
}
