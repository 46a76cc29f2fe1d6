/// Measures a plain-text document as it was rendered, before wrapping, when each line is one
/// paragraph or one list item (the templates' rule): how many words each section has, and which
/// lines are running text a reader reads as sentences.
///
/// A section starts at a heading — a line in capitals such as `THE NUMBERS` — and the lines before
/// the first heading are the `header`. Words are counted in every other line, prose and list items
/// alike; citations such as `[¶3]` are not words.
package enum RunningText {
    package struct Section: Sendable, Hashable {
        package var title: String
        package var words: Int
    }

    /// Each section's title and word count, in order (sections without words are kept).
    package static func sections(of document: String) -> [Section] {
        var sections = [Section(title: "header", words: 0)]
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if isHeading(line) {
                sections.append(Section(title: line.trimmingSpaces().description, words: 0))
            } else {
                sections[sections.count - 1].words += words(in: line)
            }
        }
        if sections[0].words == 0 { sections.removeFirst() }
        return sections
    }

    /// The words of running text and list items in the whole document.
    package static func wordCount(of document: String) -> Int { sections(of: document).reduce(0) { $0 + $1.words } }

    /// The lines a reader reads as sentences — prose paragraphs and list items that end like a
    /// sentence — without list markers and citations, one per line, for ``Readability``.
    /// Headings, labels and fragments such as `- 18% [¶9]` are left out.
    package static func sentences(of document: String) -> String {
        document.split(separator: "\n").compactMap { line -> String? in
            guard !isHeading(line) else { return nil }
            let body = line.dropFirst(ListMarker.of(line).prefix.count)
            let text = body.split(separator: " ").filter { !WordWrapper.isCitation($0) }.joined(separator: " ")
            return ProseParagraphs.endsLikeSentence(text) ? text : nil
        }.joined(separator: "\n")
    }

    /// A line in capitals with at least two letters (`THE OTHER SIDE`, `WHO’S WHO`).
    package static func isHeading(_ line: Substring) -> Bool {
        let letters = line.filter(\.isLetter)
        return letters.count >= 2 && !letters.contains(where: \.isLowercase) && line.first?.isWhitespace == false
            && ListMarker.of(line).prefix.isEmpty
    }

    static func words(in line: Substring) -> Int {
        line.split(whereSeparator: \.isWhitespace).filter { token in
            !WordWrapper.isCitation(token) && token.contains(where: { $0.isLetter || $0.isNumber })
        }.count
    }
}
