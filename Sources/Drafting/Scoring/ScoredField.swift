/// What the corpus scorer measures, in the order it prints them.
package enum ScoredField: String, CaseIterable, Sendable {
    case statistics
    case people
    case organizations
    case places
    /// People, organisations and places together, each with the right type.
    case names
    /// Quotations with the right speaker.
    case quotes
    /// Quotations of people with the right speaker: the model's speakers are people, so the words of a
    /// court, a statute or an agency that a text quotes cannot be drafted with their speaker.
    case peopleQuotes = "quotes of people"
    /// The thesis of argued articles.
    case mainClaim = "main claim (argued)"
    /// The thesis (the lede) of articles that argue nothing: news, reports, science.
    case lede = "lede (not argued)"
    case publication = "publication date"
    case events
    /// Views against the thesis, drafted as claims attacking it.
    case opposingViews = "opposing views"
}

/// The scores of one article's draft, and what the draft got wrong, for reading.
package struct ArticleScore: Sendable {
    package var id: String
    package var counts: [ScoredField: FieldCounts] = [:]
    /// One line per miss or false find: "statistics: missed “$2.1 billion”".
    package var mistakes: [String] = []

    package subscript(field: ScoredField) -> FieldCounts {
        get { counts[field] ?? FieldCounts() }
        set { counts[field] = newValue }
    }
}

/// Scores summed over the corpus (micro-averaged: every item counts once, whatever its article).
package struct CorpusScore: Sendable {
    package var articles: [ArticleScore]

    package init(articles: [ArticleScore]) { self.articles = articles }

    package subscript(field: ScoredField) -> FieldCounts {
        articles.reduce(FieldCounts()) { $0 + $1[field] }
    }

    /// The per-field table in Markdown: right, wrong, missed, precision, recall, F1.
    package var markdown: String {
        var lines = ["| Field | Right | Wrong | Missed | Precision | Recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
        for field in ScoredField.allCases {
            let c = self[field]
            lines.append("| \(field.rawValue) | \(c.right) | \(c.wrong) | \(c.missed) | \(Self.show(c.precision)) | \(Self.show(c.recall)) | \(Self.show(c.f1)) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Two decimals, as the README's tables print them.
    package static func show(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
