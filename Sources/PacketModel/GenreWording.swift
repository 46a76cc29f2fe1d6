/// How the packet speaks of the article, decided once by its genre so that templates and quiz
/// stems never choose words with scattered ifs: an argued piece (opinion, editorial, analysis,
/// speech) has a "thesis"; news, science and explainers have "the main point"; a speech has "the
/// speaker" where other texts have "the author" or "the writer". Templates receive it as `wording`.
package struct GenreWording: Sendable, Hashable {
    package let genre: Genre

    package init(_ genre: Genre) { self.genre = genre }

    /// True when the piece argues for a position (opinion, editorial, analysis, speech).
    package var isArgued: Bool {
        switch genre {
        case .opinion, .editorial, .analysis, .speech: true
        case .news, .science, .explainer: false
        }
    }

    /// `the speaker` for a speech, else `the author`.
    package var author: String { genre == .speech ? "the speaker" : "the author" }
    /// `the speaker` for a speech, else `the writer` (the student's texts).
    package var writer: String { genre == .speech ? "the speaker" : "the writer" }
    /// `thesis` for an argued piece, else `main point`.
    package var thesis: String { isArgued ? "thesis" : "main point" }
    /// `the author’s central claim`, `the speaker’s central claim` or `the main point of the article`.
    package var centralClaim: String {
        isArgued ? "\(author)’s central claim" : "the main point of the \(piece)"
    }
    /// What the text is: `speech`, `article`.
    package var piece: String { genre == .speech ? "speech" : "article" }
    /// What kind of text it is, as "this …" reads: `opinion piece`, `speech`, `news report`
    /// (``Genre/phrase`` without its article).
    package var kind: String {
        let phrase = genre.phrase
        return phrase.hasPrefix("an ") ? String(phrase.dropFirst(3)) : String(phrase.dropFirst(2))
    }
    /// What the author does in words: `says` for a speech, else `writes`.
    package var writes: String { genre == .speech ? "says" : "writes" }

    /// The same words with a capital first letter, for the start of a sentence.
    package static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
