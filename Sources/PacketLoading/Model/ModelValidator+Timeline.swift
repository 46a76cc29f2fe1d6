import PacketModel

extension ModelValidator {
    /// Dates that cannot be ordered or placed: year-only events beside precise ones of the same year,
    /// and "what happened next" that is not surely after publication.
    func checkTimeline(_ model: ArticleModel) {
        let paths = Dictionary(model.events.enumerated().map { ($1.id, "events[\($0)]") }, uniquingKeysWith: { a, _ in a })
        for (vague, precise) in Chronology.vagueYearEvents(model.events) {
            sink.warning("event '\(vague.id)' is dated only to \(vague.date.year), like the more precise '\(precise.id)' "
                + "(\(precise.date.iso)): where it falls in the year is a guess; give the month you know "
                + "(with 'article_date: \(vague.date.year)' if the article gives only the year), or a span with 'until'",
                at: mark("\(paths[vague.id] ?? "events").date"))
        }
        let published = model.metadata.published.date
        for (i, event) in model.aftermath.enumerated() {
            let path = "aftermath[\(i)].date"
            if event.date.lastDayNumber < published.firstDayNumber {
                sink.error("aftermath event '\(event.id)' is dated \(event.date.iso), before the article was published "
                    + "(\(published.iso)): what happened next must come after publication", at: mark(path))
            } else if !event.date.isSurelyAfter(published) {
                sink.warning("aftermath event '\(event.id)' (\(event.date.iso)) may not come after publication "
                    + "(\(published.iso)): date it more precisely, or leave it out", at: mark(path))
            }
        }
    }
}
