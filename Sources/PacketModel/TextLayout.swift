/// Which lines of `article.txt` are not body text. Every other non-blank line is a
/// body paragraph, numbered 1…N in order by the validator.
package struct TextLayout: Codable, Sendable, Hashable {
    /// Line numbers (1-based) of the headline.
    package var title: [Int]
    /// Line numbers of the dek (subtitle).
    package var dek: [Int]
    /// Line numbers of photo or image credits.
    package var photoCredit: [Int]
    /// Line numbers of boilerplate such as affiliate disclaimers or share prompts.
    package var boilerplate: [Int]
    /// Line numbers of pull quotes (text repeated from the body for display).
    package var pullQuote: [Int]

    package init(title: [Int] = [], dek: [Int] = [], photoCredit: [Int] = [], boilerplate: [Int] = [],
                pullQuote: [Int] = []) {
        self.title = title; self.dek = dek; self.photoCredit = photoCredit
        self.boilerplate = boilerplate; self.pullQuote = pullQuote
    }

    /// Every line that is not body text.
    package var nonBodyLines: Set<Int> {
        Set(title + dek + photoCredit + boilerplate + pullQuote)
    }
}

/// A numbered body paragraph of the article (computed by the validator).
package struct Paragraph: Codable, Sendable, Hashable {
    /// 1-based paragraph number, as cited `[¶n]`.
    package var number: Int
    /// 1-based line of `article.txt` it stands on.
    package var line: Int
    package var text: String

    package init(number: Int, line: Int, text: String) {
        self.number = number; self.line = line; self.text = text
    }
}

/// Where an excerpt was found in the article (computed by the validator).
package struct Location: Codable, Sendable, Hashable {
    /// The body paragraph, as cited `[¶n]`.
    package var paragraph: Int
    /// Character offset of the excerpt within the paragraph's text.
    package var offset: Int
    /// Length of the excerpt in characters as it stands in the paragraph.
    package var length: Int

    package init(paragraph: Int, offset: Int, length: Int) {
        self.paragraph = paragraph; self.offset = offset; self.length = length
    }
}
