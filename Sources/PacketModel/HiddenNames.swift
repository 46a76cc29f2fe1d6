/// Keeps the names of people an audience hides (e.g. tagged `perpetrator-name`) out of the text a
/// renderer writes for it: each name or alias is replaced by the person's `refer_as` wording
/// ("the Orlando attacker"), capitalised at the start of a sentence.
///
/// Apply it to the editor's wording only (summaries, claims, descriptions): never to the article's
/// own words, which are quoted as printed or not at all.
package struct HiddenNames: Sendable {
    /// Each hidden spelling (longest first, so `Omar Mateen` goes before `Mateen`) and its stand-in.
    package let replacements: [(name: String, with: String)]

    package init(article: ArticleModel, audience: Audience) {
        var pairs: [(String, String)] = []
        for person in article.people where audience.sensitivity.hides(person) {
            let stand = person.referAs ?? "a person the article names"
            for name in person.allNames where !name.isEmpty { pairs.append((name, stand)) }
        }
        replacements = pairs.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
    }

    /// True when nothing is hidden.
    package var isEmpty: Bool { replacements.isEmpty }

    /// The hidden names `text` contains, in the order of ``replacements``.
    package func names(in text: String) -> [String] {
        replacements.map(\.name).filter { !Self.ranges(of: $0, in: text).isEmpty }
    }

    /// `text` with every hidden name replaced.
    package func callAsFunction(_ text: String) -> String {
        guard !isEmpty else { return text }
        var result = text
        for (name, stand) in replacements {
            for range in Self.ranges(of: name, in: result).reversed() {
                let atSentenceStart = Self.startsSentence(result, at: range.lowerBound)
                result.replaceSubrange(range, with: atSentenceStart ? Self.capitalised(stand) : stand)
            }
        }
        return result
    }

    /// Where `name` stands in `text` as whole words (not inside a longer word).
    static func ranges(of name: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: name, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(before?.isNumber ?? false),
               !(after?.isLetter ?? false), !(after?.isNumber ?? false) {
                found.append(range)
            }
            start = range.upperBound
        }
        return found
    }

    static func startsSentence(_ text: String, at index: String.Index) -> Bool {
        var i = index
        while i > text.startIndex {
            i = text.index(before: i)
            let c = text[i]
            if c == " " || c == "“" || c == "\"" || c == "(" { continue }
            return ".?!:".contains(c)
        }
        return true
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
