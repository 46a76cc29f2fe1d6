import PacketModel

/// The article's words as items quote them: in curly double quotation marks, with quotation
/// marks inside turned into single ones (“described as ‘like Stalingrad’”), which also mends a
/// mark the article prints the wrong way round.
enum Quoting {
    /// `text` in quotation marks.
    static func quoted(_ text: String) -> String {
        "“" + nested(text) + "”"
    }

    /// `text` with its double quotation marks made single: opening after a space, a dash or an
    /// opening bracket (or at the start), closing otherwise.
    static func nested(_ text: String) -> String {
        // Most quoted words hold no double quotation mark (" is 22; “ and ” are E2 80 9C and
        // E2 80 9D): those are returned as they are, without walking their characters.
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x9C || $0 == 0x9D }) else { return text }
        var out = ""
        var previous: Character? = nil
        for ch in text {
            if ch == "“" || ch == "”" || ch == "\"" {
                let opens = previous.map { $0.isWhitespace || "([—–-".contains($0) } ?? true
                out.append(opens ? "‘" : "’")
            } else {
                out.append(ch)
            }
            previous = ch
        }
        return out
    }

    /// The text with a capital first letter.
    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// A stretch of the article quoted in an item: exact words of one paragraph, and whether words
/// were left out before or after it (shown as `…` inside the quotation marks).
struct Passage: Hashable {
    var support: SupportingExcerpt
    /// Where the words start in their paragraph, in characters.
    var offset: Int
    var cutBefore: Bool
    var cutAfter: Bool

    /// The characters of the paragraph the words take up.
    var range: Range<Int> { offset..<(offset + support.text.count) }

    /// The passage in quotation marks, with `…` where the sentence goes on.
    var quoted: String {
        Quoting.quoted((cutBefore ? "…" : "") + support.text + (cutAfter ? "…" : ""))
    }

    /// The passage in quotation marks, cut marks left out (for a quotation woven into a sentence).
    var inline: String { Quoting.quoted(support.text) }

    /// The quoted passage as a sentence of a stem: a full stop after the closing mark when the
    /// quotation does not end one.
    var sentence: String {
        let text = quoted
        let last = text.dropLast().last { !"’‘”“\"'".contains($0) }
        return last.map { ".?!…".contains($0) } == true ? text : text + "."
    }

    /// `[¶n]`.
    var citation: String { "[¶\(support.paragraph)]" }
}

/// Sentences of a paragraph as character ranges, for quoting the sentence an excerpt stands in.
enum Sentences {
    /// The sentences of `text`: a sentence ends at `.`, `?` or `!` (and any closing quotation
    /// marks after it) followed by a space and a capital letter or an opening quotation mark, so
    /// "Sept. 2014" does not end one.
    static func spans(_ text: [Character]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < text.count {
            if ".?!".contains(text[i]) {
                var end = i + 1
                while end < text.count, "”’\")".contains(text[end]) { end += 1 }
                var next = end
                while next < text.count, text[next].isWhitespace { next += 1 }
                if next > end, next < text.count, text[next].isUppercase || "“‘\"".contains(text[next]) {
                    spans.append(start..<end)
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        if start < text.count { spans.append(start..<text.count) }
        return spans.map { trimmed($0, in: text) }.filter { !$0.isEmpty }
    }

    /// The range without spaces at either end.
    static func trimmed(_ range: Range<Int>, in text: [Character]) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, text[lo].isWhitespace { lo += 1 }
        while hi > lo, text[hi - 1].isWhitespace { hi -= 1 }
        return lo..<hi
    }
}

