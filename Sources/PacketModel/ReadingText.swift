/// A version of the article an audience may read (`audience.yaml` `article:`): the original, or
/// the model's adaptation for a reading band (`grades-6-8`).
package enum ArticleVersion: Codable, Sendable, Hashable {
    case original
    case adapted(band: String)

    /// As written in `audience.yaml`: `original` or the band's name.
    package var name: String {
        switch self {
        case .original: "original"
        case .adapted(let band): band
        }
    }

    /// `original` or a band name; `nil` for anything else.
    package init?(name: String) {
        if name == "original" {
            self = .original
        } else if Adaptation(band: name, paragraphs: []).gradeRange != nil {
            self = .adapted(band: name)
        } else {
            return nil
        }
    }
}

/// The text an audience's class reads, worked out from its `article:` choices and the
/// adaptations the model has: the first choice the model can give, else the original.
package struct ReadingText: Sendable, Hashable {
    /// The adaptation the class reads; `nil` for the original.
    package var adaptation: Adaptation?
    /// The bands the audience asked for, before the one it got, that the model has no adaptation for.
    package var missingBands: [String]
    /// True when the audience itself named the original as a fallback (`[grades-6-8, original]`).
    package var originalListed: Bool

    package init(article: ArticleModel, audience: Audience) {
        var missing: [String] = []
        adaptation = nil
        originalListed = false
        for version in audience.articleVersions {
            switch version {
            case .original:
                originalListed = true
            case .adapted(let band):
                if let found = article.adaptation(band) { adaptation = found } else { missing.append(band); continue }
            }
            break
        }
        missingBands = missing
    }

    /// What stands beside the number of a paragraph the adaptation leaves out, in the student's
    /// copy and the Article tab (the teacher's guide gives the reason).
    package static let omittedLine = "[This paragraph is left out of this version.]"

    /// The paragraphs the class reads, by the original's number: the original's text, or the
    /// adaptation's pieces (one or two), or ``omittedLine`` for a paragraph left out.
    package func paragraphs(of article: ArticleModel) -> [(number: Int, pieces: [String])] {
        guard let adaptation else { return article.paragraphs.map { ($0.number, [$0.text]) } }
        return adaptation.paragraphs.map { ($0.number, $0.omitted == nil ? $0.text : [Self.omittedLine]) }
    }

    /// True when the class reads an adaptation.
    package var isAdapted: Bool { adaptation != nil }

    /// How the texts are named to a teacher: `the grades 6–8 adaptation`, `the original article`.
    package var name: String { adaptation.map { "the \($0.bandWords) adaptation" } ?? "the original article" }

    /// The text of every paragraph the class reads, by the original's number (two adapted
    /// paragraphs joined by a space); a paragraph left out has none.
    package func text(of paragraph: Int, in article: ArticleModel) -> String? {
        guard let adaptation else { return article.paragraph(paragraph)?.text }
        guard let adapted = adaptation.paragraphs.first(where: { $0.number == paragraph }), adapted.omitted == nil
        else { return nil }
        return adapted.text.joined(separator: " ")
    }

    /// Why the audience's first choice is not what it reads, for the build's output (`nil` when it is):
    /// `isis-after-mosul has no grades-6-8 adaptation: the class reads the original article`.
    package var fallbackMessage: String? {
        guard !missingBands.isEmpty else { return nil }
        let bands = missingBands.map { "'\($0)'" }.joined(separator: " or ")
        return "the model has no \(bands) adaptation (audience.yaml 'article:'), so the class reads \(name); "
            + "student/article-adapted.txt is not written (seeds/README.md, \"Adapting the article\", says how to add one)"
    }
}

extension Adaptation {
    /// The band in words: `grades 6–8`, `grade 5`.
    package var bandWords: String {
        let parts = band.split(separator: "-")
        guard gradeRange != nil, let word = parts.first else { return band }
        return word + " " + parts.dropFirst().joined(separator: "–")
    }
}
