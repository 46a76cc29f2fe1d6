import PacketModel

/// Drafts a first ``ArticleModel`` from an article's plain text: rule-based, offline and deterministic.
///
/// Everything it fills in is a guess for an editor to check, and every guessed item's id is listed in
/// ``DraftedModel/reviewIds``. Every excerpt it writes occurs exactly once in one body paragraph, so the draft
/// passes validation as it stands; wording only a person can write says `TODO`.
package enum Drafter {
    /// Drafts the model of `text` (already decoded UTF-8).
    /// - Throws: ``DraftError/emptyText`` when the text has no words, ``DraftError/noBody`` when it has
    ///   nothing but a headline.
    package static func draft(text: String, options: DraftOptions) throws -> DraftedModel {
        let article = TokenizedText(text)
        guard !article.tokens.isEmpty else { throw DraftError.emptyText }
        let index = ExcerptIndex(article)
        let layout = LayoutDetector.detect(article, index: index)
        guard !layout.bodyLines.isEmpty else { throw DraftError.noBody }
        let body = layout.bodyLines
        let title = layout.layout.title.first.map { article.text(ofLine: $0 - 1).trimmingTrailingSpace } ?? options.id
        // Headings hold no names, figures, dates or quotes; the lines at the head (a venue, a place) no claims.
        let text = body.filter { !layout.headings.contains($0) }
        let prose = text.filter { !layout.headLines.contains($0) }

        // The finders only read the text: names and quotes are found beside everything else.
        let (names, found) = concurrently({
            let (mentions, acronyms) = EntityFinder.find(article, bodyLines: text)
            let (entities, notes) = EntityClassifier.classify(article, mentions: mentions, acronyms: acronyms)
            let (quotes, quoteNotes) = QuoteFinder.find(article, bodyLines: text, entities: entities)
            return NamesFound(entities: entities, entityNotes: notes, quotes: quotes, quoteNotes: quoteNotes)
        }, {
            // Dates first: their numbers are not figures.
            let dates = DateFinder.find(article, bodyLines: text)
            var consumed = Set<Int>()
            for d in dates {
                switch d.kind {
                case .absolute, .monthDay: consumed.formUnion(d.tokens)
                // "four years ago" is a date; "Three years after …" is a date and a length of time.
                case .relativeYear, .relativeMonth: if article.tokens[d.tokens.upperBound - 1].lower == "ago" { consumed.formUnion(d.tokens) }
                case .namedMonth, .weekday: break
                }
            }
            // The thesis and the views against it, never from words the writer quotes.
            let claims = ClaimFinder.find(article, bodyLines: prose, title: title)
            let quoted = QuoteFinder.quotedSpans(article, lines: prose)
            return FactsFound(dates: dates, figures: FigureFinder.find(article, bodyLines: text, skipping: consumed),
                              claims: claims, glossary: GlossaryFinder.find(article, bodyLines: prose),
                              advisory: Advisory.guess(article, bodyLines: body),
                              thesis: ThesisFinder.choose(article, lines: prose, title: title, quoted: quoted, claims: claims),
                              counters: CounterFinder.find(article, lines: prose, quoted: quoted))
        })

        var builder = DraftBuilder(article: article, index: index, bodyLines: body)
        builder.notes += layout.notes
        // The publication date resolves relative dates.
        let published = publication(options: options, printed: layout.printedDate, notes: &builder.notes)
        builder.notes += names.entityNotes
        builder.addEntities(names.entities)
        builder.notes += names.quoteNotes
        let echoes = layout.echoes.map { echo in
            RawQuote(content: echo, text: article.text(from: echo.lowerBound, through: echo.upperBound - 1), speaker: .author,
                     how: "adjacent: the pull quote repeats these words of the author",
                     context: "The author’s own words, repeated as the pull quote.")
        }
        builder.addQuotes((names.quotes + echoes).sorted { $0.content.lowerBound < $1.content.lowerBound })
        // Excerpts are most of what is left, and need only the text: figures' and dates' are made at once.
        let (figureExcerpts, dateExcerpts) = concurrently({ found.figures.map { index.excerpt(around: $0.anchor) } },
                                                          { found.dates.map { index.excerpt(around: $0.tokens) } })
        builder.addStatistics(found.figures, excerpts: figureExcerpts, dates: found.dates)
        builder.addEvents(found.dates, excerpts: dateExcerpts, published: published.note?.hasPrefix("TODO") == true ? nil : published.date)
        let thesis = try builder.addClaims(found.claims, thesis: found.thesis, counters: found.counters, limit: options.claimLimit)
        builder.addVocabulary(found.glossary.prefix(options.vocabularyLimit))

        let metadata = Metadata(
            title: title.isEmpty ? "TODO: title" : title,
            dek: layout.layout.dek.first.map { article.text(ofLine: $0 - 1).trimmingTrailingSpace },
            outlet: options.outlet ?? "TODO: outlet",
            author: options.author ?? layout.author,
            genre: options.genre ?? guessGenre(claims: found.claims, quotes: names.quotes.count, notes: &builder.notes),
            published: published, language: options.language,
            advisory: found.advisory,
            sourceNote: options.outlet == nil ? "TODO: say where the outlet, author and date come from." : nil)
        let model = ArticleModel(
            id: options.id, metadata: metadata, layout: layout.layout,
            summary: "TODO: write a one-paragraph summary in your own words.",
            thesis: thesis, claims: builder.claims, relations: builder.relations, statistics: builder.statistics, quotes: builder.quotes,
            people: builder.entities(.person), organizations: builder.entities(.organization),
            places: builder.entities(.place), events: builder.events, vocabulary: builder.vocabulary)
        var drafted = DraftedModel(model: model, reviewIds: builder.reviewIds, glossaryCandidates: found.glossary.map(\.term),
                                   notes: builder.notes)
        drafted.reviewReasons = builder.reviewReasons
        return drafted
    }

    /// What the names pass finds: entities, then the quotes attributed to them.
    private struct NamesFound: Sendable {
        var entities: [FoundEntity]
        var entityNotes: [String]
        var quotes: [RawQuote]
        var quoteNotes: [String]
    }

    /// What the other passes find.
    private struct FactsFound: Sendable {
        var dates: [DateMention]
        var figures: [RawFigure]
        var claims: [RawClaim]
        var glossary: [GlossaryFinder.Candidate]
        var advisory: ContentAdvisory
        var thesis: [ThesisFinder.Choice]
        var counters: [RawCounter]
    }

    /// The date given with `--published`; else the one the text prints at its head ("Updated April 20,
    /// 2026", a dateline); else a placeholder marked TODO — never a date worked out from the dates the
    /// text mentions, which are as often the end of a data range or a future launch.
    private static func publication(options: DraftOptions, printed: DateMention?, notes: inout [String]) -> PublicationDate {
        if let date = options.published { return PublicationDate(date: date) }
        if let printed, case .absolute(let date) = printed.kind {
            notes.append("Publication date \(date.iso) is the date the text prints at its head (“\(printed.phrase)”): check it against the outlet.")
            return PublicationDate(date: date, note: "Printed at the head of the text: “\(printed.phrase)”.")
        }
        notes.append("The text prints no publication date: pass --published YYYY-MM-DD (or set metadata.published) and draft again; until then relative dates (“last year”, “Tuesday”) are left out.")
        return PublicationDate(date: placeholderDate, inferred: false,
                               note: "TODO: the text prints no publication date; pass --published YYYY-MM-DD or set it here.")
    }

    /// Stands in for the publication date of a text that prints none.
    static let placeholderDate: PartialDate = {
        guard let date = PartialDate(year: 2000) else { preconditionFailure("2000 is a valid year") }
        return date
    }()

    private static func guessGenre(claims: [RawClaim], quotes: Int, notes: inout [String]) -> Genre {
        let opinionated = claims.filter { $0.kind != .fact }.count
        let genre: Genre = opinionated >= 4 && opinionated >= quotes ? .opinion : .news
        notes.append("Genre guessed as \(genre.rawValue) from \(opinionated) opinion, prediction or policy sentences and \(quotes) quotations.")
        return genre
    }
}
