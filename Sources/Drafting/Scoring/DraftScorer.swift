import PacketModel

/// Compares a draft of a corpus article with its answer sheet, field by field. The rules are written
/// out in `Tests/DraftingTests/Fixtures/corpus/README.md`; in short, items match one to one when they
/// stand at the same place in the text and agree (same value, same type, same speaker, same date).
package enum DraftScorer {
    /// Drafts every article of `corpus` (no publication date given: it must come from the text) and scores it.
    package static func score(_ corpus: [CorpusArticle]) throws -> CorpusScore {
        CorpusScore(articles: try corpus.map { article in
            let draft = try Drafter.draft(text: article.text, options: DraftOptions(id: article.id))
            return score(draft, of: article)
        })
    }

    /// The scores of `draft` against the answer sheet of `article`.
    package static func score(_ draft: DraftedModel, of article: CorpusArticle) -> ArticleScore {
        let scorer = Scoring(model: draft.model, sheet: article.sheet, lines: ArticleLines(article.text))
        var result = ArticleScore(id: article.id)
        result[.statistics] = scorer.statistics()
        result[.people] = scorer.entities(.person)
        result[.organizations] = scorer.entities(.organization)
        result[.places] = scorer.entities(.place)
        result[.names] = result[.people] + result[.organizations] + result[.places]
        result[.quotes] = scorer.quotes(peopleOnly: false)
        result[.peopleQuotes] = scorer.quotes(peopleOnly: true)
        result[article.sheet.argued ? .mainClaim : .lede] = scorer.mainClaim()
        result[.publication] = scorer.publication()
        result[.events] = scorer.events()
        result[.opposingViews] = scorer.opposingViews()
        result.mistakes = scorer.log.lines
        return result
    }
}

/// One article's scoring: the draft, the sheet and the text they both point into.
private struct Scoring {
    let model: ArticleModel
    let sheet: AnswerSheet
    let lines: ArticleLines
    /// What the draft got wrong, one line each (a reference, so the scoring methods need not be mutating).
    let log = MistakeLog()

    /// 1-based numbers of the lines the draft does not count as body (its excerpts are never there).
    let nonBody: Set<Int>

    init(model: ArticleModel, sheet: AnswerSheet, lines: ArticleLines) {
        self.model = model; self.sheet = sheet; self.lines = lines
        nonBody = model.layout.nonBodyLines
    }

    /// Where a drafted excerpt stands: its first place in a line the draft counts as body.
    private func place(of excerpt: String) -> TextSpan? {
        let all = lines.occurrences(of: excerpt)
        return all.first { !nonBody.contains($0.line + 1) } ?? all.first
    }

    /// Pairs answers with drafted items one to one and counts the result, noting each miss and false find.
    private func pair(_ field: String, answers: [String], drafted: [String],
                               canPair: (Int, Int) -> Bool) -> FieldCounts {
        let pairs = largestMatching(answers: answers.count, drafted: drafted.count, canPair: canPair)
        let paired = Set(pairs.compactMap { $0 })
        for (a, d) in pairs.enumerated() where d == nil { log.lines.append("\(field): missed \(answers[a])") }
        for d in drafted.indices where !paired.contains(d) { log.lines.append("\(field): wrong \(drafted[d])") }
        return FieldCounts(right: paired.count, wrong: drafted.count - paired.count, missed: answers.count - paired.count)
    }

    // MARK: Statistics

    /// Same place (the drafted figure's words inside its excerpt overlap the answer's words) and the same value.
    func statistics() -> FieldCounts {
        let answerPlaces = sheet.statistics.map { lines.occurrences(of: $0.asWritten) }
        let draftedPlaces = model.statistics.map { s in place(of: s.excerpt).map { lines.narrow($0, to: s.asWritten) } }
        return pair("statistics", answers: sheet.statistics.map { "“\($0.asWritten)” = \(Self.show($0.value))" },
                    drafted: model.statistics.map { "“\($0.asWritten)” = \(Self.show($0.value)) in “\($0.excerpt)”" }) { a, d in
            guard let place = draftedPlaces[d], answerPlaces[a].contains(where: { $0.overlaps(place) }) else { return false }
            return Self.agree(sheet.statistics[a].value, model.statistics[d].value)
        }
    }

    /// The printed numbers agree: the same lowest value (within 0.5 %, for hand-rounded ratios), and the
    /// same highest value when the answer gives one.
    static func agree(_ answer: AnswerSheet.Value, _ drafted: StatValue) -> Bool {
        func near(_ x: Double, _ y: Double) -> Bool { x == y || abs(x - y) <= 0.005 * max(abs(x), abs(y)) }
        switch answer {
        case .exact(let v):
            return near(v, drafted.minimum)
        case .range(let lo, let hi):
            guard near(lo, drafted.minimum) else { return false }
            guard let hi else { return true }
            return drafted.maximum.map { near(hi, $0) } ?? false
        }
    }

    private static func show(_ v: AnswerSheet.Value) -> String {
        switch v {
        case .exact(let x): return number(x)
        case .range(let lo, let hi): return "\(number(lo))–\(hi.map(number) ?? "")"
        }
    }

    private static func show(_ v: StatValue) -> String {
        v.maximum.map { $0 == v.minimum ? number($0) : "\(number(v.minimum))–\(number($0))" } ?? "\(number(v.minimum))–"
    }

    private static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    // MARK: Names

    /// The same type and the same name (``NameMatch``). The author given in the draft's metadata counts
    /// as a drafted person when no drafted person has that name.
    func entities(_ kind: EntityKind) -> FieldCounts {
        let answers: [AnswerSheet.Name]
        var drafted: [[String]]
        switch kind {
        case .person:
            answers = sheet.people
            drafted = model.people.map(\.allNames)
            if let author = model.metadata.author,
               !drafted.contains(where: { NameMatch.same($0, [author], person: true) }) {
                drafted.append([author])
            }
        case .organization:
            answers = sheet.organizations
            drafted = model.organizations.map(\.allNames)
        case .place:
            answers = sheet.places
            drafted = model.places.map(\.allNames)
        }
        let person = kind == .person
        return pair("\(kind.rawValue)", answers: answers.map { "“\($0.name)”" },
                    drafted: drafted.map { "“\($0.joined(separator: "” / “"))”" }) { a, d in
            NameMatch.same(drafted[d], answers[a].allNames, person: person)
        }
    }

    // MARK: Quotes

    /// The drafted quote's excerpt overlaps the answer's quoted words, and its speaker has the answer
    /// speaker's name (the author's name for `author`).
    /// With `peopleOnly`, only the quotations of people count: the sheet's quotations of institutions and
    /// documents are left out, and so are drafted quotes at their place.
    func quotes(peopleOnly: Bool) -> FieldCounts {
        let isPerson = sheet.quotes.map { q in sheet.people.contains { $0.name == q.speaker } }
        let answers = sheet.quotes.indices.filter { !peopleOnly || isPerson[$0] }
        let answerPlaces = sheet.quotes.map { lines.occurrences(of: $0.text) }
        let setAside = sheet.quotes.indices.filter { !isPerson[$0] }.flatMap { answerPlaces[$0] }
        let drafted = model.quotes.indices.filter { d in
            !peopleOnly || !(place(of: model.quotes[d].excerpt).map { p in setAside.contains { $0.overlaps(p) } } ?? false)
        }
        let draftedPlaces = drafted.map { place(of: model.quotes[$0].excerpt) }
        let speakers: [[String]] = drafted.map { d in
            let q = model.quotes[d]
            if q.speaker == "author" { return model.metadata.author.map { [$0] } ?? [] }
            return model.entities.first { $0.id == q.speaker }?.allNames ?? [q.speaker]
        }
        let field = peopleOnly ? "quotes of people" : "quotes"
        return pair(field, answers: answers.map { "“\(sheet.quotes[$0].text.prefix(50))…” (\(sheet.quotes[$0].speaker))" },
                    drafted: drafted.indices.map { "“\(model.quotes[drafted[$0]].text.prefix(50))…” (\(speakers[$0].first ?? "?"))" }) { a, d in
            let q = sheet.quotes[answers[a]]
            guard let place = draftedPlaces[d], answerPlaces[answers[a]].contains(where: { $0.overlaps(place) }) else { return false }
            return NameMatch.same(speakers[d], sheet.names(of: q.speaker), person: isPerson[answers[a]])
        }
    }

    // MARK: Main claim

    /// The thesis's excerpt overlaps one of the sentences the sheet gives as the main point.
    func mainClaim() -> FieldCounts {
        let places = sheet.mainPoint.flatMap { lines.occurrences(of: $0) }
        if let thesis = place(of: model.thesis.excerpt), places.contains(where: { $0.overlaps(thesis) }) {
            return FieldCounts(right: 1)
        }
        log.lines.append("main claim: drafted “\(model.thesis.excerpt)”, expected “\(sheet.mainPoint.first ?? "")”")
        return FieldCounts(wrong: 1, missed: 1)
    }

    // MARK: Publication date

    /// The date the text prints, to its precision; or, when it prints none, a date left as TODO.
    func publication() -> FieldCounts {
        let published = model.metadata.published
        let leftOpen = published.note?.hasPrefix("TODO") == true
        let right = sheet.publishedInText.map { !leftOpen && published.date.iso == $0 } ?? leftOpen
        if right { return FieldCounts(right: 1) }
        log.lines.append("publication date: drafted \(leftOpen ? "TODO" : published.date.iso), expected \(sheet.publishedInText ?? "TODO")")
        return FieldCounts(wrong: 1, missed: 1)
    }

    // MARK: Events

    /// The same date at the same place.
    func events() -> FieldCounts {
        let answerPlaces = sheet.events.map { lines.occurrences(of: $0.excerpt) }
        let draftedPlaces = model.events.map { place(of: $0.excerpt) }
        return pair("events", answers: sheet.events.map { "\($0.date) “\($0.excerpt.prefix(60))”" },
                    drafted: model.events.map { "\($0.date.iso) “\($0.excerpt)”" }) { a, d in
            guard let place = draftedPlaces[d], answerPlaces[a].contains(where: { $0.overlaps(place) }) else { return false }
            return model.events[d].date.iso == sheet.events[a].date
        }
    }

    // MARK: Opposing views

    /// Claims the draft says attack the thesis, at the place of a sentence the sheet gives as an opposing view.
    func opposingViews() -> FieldCounts {
        let attackers = Set(model.relations.filter { $0.type == .attacks && $0.to == model.thesis.id }.map(\.from))
        let drafted = model.claims.filter { attackers.contains($0.id) }
        let answerPlaces = sheet.opposingView.map { lines.occurrences(of: $0) }
        let draftedPlaces = drafted.map { place(of: $0.excerpt) }
        return pair("opposing views", answers: sheet.opposingView.map { "“\($0.prefix(60))…”" },
                    drafted: drafted.map { "“\($0.excerpt)”" }) { a, d in
            guard let place = draftedPlaces[d] else { return false }
            return answerPlaces[a].contains { $0.overlaps(place) }
        }
    }
}

/// The lines a scoring adds as it goes.
private final class MistakeLog {
    var lines: [String] = []
}
