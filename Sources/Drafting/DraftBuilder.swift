import PacketModel

/// Turns what the finders found into model items with ids and unique excerpts, keeping the notes
/// and the list of guessed ids. An item whose excerpt cannot be made unique is left out, with a note.
struct DraftBuilder {
    let article: TokenizedText
    let index: ExcerptIndex
    let bodyLines: [Int]
    var ids = IdRegistry()
    var notes: [String] = []
    var reviewIds: Set<String> = []
    var reviewReasons: [String: ReviewReason] = [:]

    /// Marks `id` as a guess for the editor, saying what it rests on and how sure the drafter is.
    mutating func guess(_ id: String, _ basis: String, _ confidence: String) {
        reviewIds.insert(id)
        reviewReasons[id] = ReviewReason(basis: basis, confidence: confidence)
    }
    var statistics: [Statistic] = []
    var quotes: [Quote] = []
    var events: [TimelineEvent] = []
    var claims: [Claim] = []
    /// Views against the thesis: `attacks` relations from claims to it.
    var relations: [Relation] = []
    var vocabulary: [VocabularyTerm] = []
    private var people: [Entity] = []
    private var organisations: [Entity] = []
    private var places: [Entity] = []
    /// Ids of the found entities, in the finder's order.
    private var entityIds: [String] = []
    private var entityKinds: [EntityKind] = []
    private var entityAt: EntityAtToken
    private var describedSpeakers: [String: String] = [:]
    private var entityById: [String: Entity] = [:]
    private let paragraphOfLine: [Int: Int]
    /// Token ranges inside quotation marks and who said them.
    private var quoted: [(tokens: Range<Int>, speaker: String)] = []

    init(article: TokenizedText, index: ExcerptIndex, bodyLines: [Int]) {
        self.article = article; self.index = index; self.bodyLines = bodyLines
        entityAt = EntityAtToken(tokenCount: article.tokens.count)
        var paragraphs: [Int: Int] = [:]
        for (k, l) in bodyLines.enumerated() { paragraphs[l] = k + 1 }
        self.paragraphOfLine = paragraphs
    }

    func entities(_ kind: EntityKind) -> [Entity] {
        switch kind {
        case .person: return people
        case .organization: return organisations
        case .place: return places
        }
    }

    private func excerpt(_ anchor: Range<Int>, minimum: Int = 6) -> String? {
        index.excerpt(around: anchor, minimumTokens: minimum)
    }

    private func paragraphNumber(ofToken t: Int) -> Int {
        paragraphOfLine[article.tokens[t].line] ?? 0
    }

    private mutating func skipped(_ what: String, at token: Int) {
        notes.append("\(what) in ¶\(paragraphNumber(ofToken: token)) was left out: no unique excerpt could be made around it.")
    }

    // MARK: Entities

    mutating func addEntities(_ found: [FoundEntity]) {
        for (e, f) in found.enumerated() {
            let id = ids.make(Self.idBase(f))
            entityIds.append(id)
            entityKinds.append(f.kind)
            for m in f.mentions { for t in m { entityAt[t] = e } }
            let placeholder = f.kind == .person ? "TODO: role" : f.kind == .organization ? "TODO: describe this organisation" : "TODO: describe this place"
            let entity = Entity(id: id, kind: f.kind, name: f.name, aliases: f.aliases, role: f.role ?? placeholder)
            entityById[id] = entity
            switch f.kind {
            case .person: people.append(entity)
            case .organization: organisations.append(entity)
            case .place: places.append(entity)
            }
            guess(id, "a capitalised name read as a \(f.kind.rawValue) from the words around it", "medium")
        }
    }

    /// People by surname ("nagata", "bin-laden"); organisations and places by acronym or name.
    private static func idBase(_ f: FoundEntity) -> String {
        if f.kind == .person {
            let words = f.name.split(separator: " ")
            guard var last = words.last.map(String.init) else { return f.name }
            for prefix in ["al-", "Al-", "el-", "El-"] where last.hasPrefix(prefix) { last = String(last.dropFirst(prefix.count)) }
            if words.count >= 3, let connector = words.dropLast().last, connector == connector.lowercased() {
                return "\(connector) \(last)"
            }
            return last
        }
        if let acronym = f.aliases.first(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) }) { return acronym }
        return f.name
    }

    private func entityIds(in range: Range<Int>, kind: EntityKind) -> [String] {
        var result: [String] = []
        for t in range {
            if let e = entityAt[t], entityKinds[e] == kind, !result.contains(entityIds[e]) { result.append(entityIds[e]) }
        }
        return result
    }

    // MARK: Quotes

    mutating func addQuotes(_ raw: [RawQuote]) {
        for q in raw {
            let speakerId: String
            var role: String?
            switch q.speaker {
            case .entity(let e):
                speakerId = entityIds[e]
                role = entityById[speakerId]?.role
                if role?.hasPrefix("TODO") == true { role = nil }
            case .described(let words):
                if let id = describedSpeakers[words] {
                    speakerId = id
                } else {
                    speakerId = ids.make(words)
                    describedSpeakers[words] = speakerId
                    people.append(Entity(id: speakerId, kind: .person, name: words, role: words,
                                         teacherNote: "The article does not name this speaker; the name is how the text describes them."))
                    guess(speakerId, "an unnamed speaker, as the text describes them", "low")
                }
                role = words
            case .author:
                speakerId = "author"
            }
            guard let excerpt = quoteExcerpt(q.content) else { skipped("A quotation", at: q.content.lowerBound); continue }
            let id = ids.make("q\(quotes.count + 1)")
            let note = q.how.hasPrefix("guess") ? "Speaker guessed (\(q.how)): check." : nil
            quotes.append(Quote(id: id, text: q.text, speaker: speakerId, role: role, mode: .direct, context: q.context,
                                teacherNote: note, excerpt: excerpt))
            quoted.append((q.content, speakerId))
            guess(id, "quotation marks; speaker from \(q.how)", q.how.hasPrefix("guess") ? "low" : "high")
        }
    }

    /// A unique excerpt around a quotation that keeps the quotation marks (and the punctuation inside
    /// them) when it starts or ends where the quotation does, so the quote's text lies within it.
    private func quoteExcerpt(_ content: Range<Int>) -> String? {
        guard let span = index.uniqueSpan(around: content, minimumTokens: 6, maximumTokens: content.count + 20) else { return nil }
        var text = article.text(from: span.lowerBound, through: span.upperBound - 1)
        let marks = QuoteFinder.marks
        if span.lowerBound == content.lowerBound {
            let before = Array(article.gap(before: span.lowerBound).unicodeScalars)
            if let k = before.lastIndex(where: { marks.contains($0) }) { text = TokenizedText.slice(before, k, before.count) + text }
        }
        if span.upperBound == content.upperBound {
            let after = Array(article.gap(after: span.upperBound - 1).unicodeScalars)
            if let k = after.firstIndex(where: { marks.contains($0) }) { text += TokenizedText.slice(after, 0, k + 1) }
        }
        return text
    }

    // MARK: Statistics

    /// Adds `figures`, whose excerpts (``ExcerptIndex/excerpt(around:minimumTokens:maximumTokens:)`` of
    /// each anchor) the caller made, in the same order.
    mutating func addStatistics(_ figures: [RawFigure], excerpts: [String?], dates: [DateMention]) {
        for (f, excerpt) in zip(figures, excerpts) {
            let sentence = article.sentence(around: f.anchor.lowerBound)
            var unit = f.unit
            if f.unit == "percent", f.value.minimum < 0 || f.value.minimum > 100 || (f.value.maximum ?? 0) > 100 {
                // "increased by more than 1,000%": a change, which may exceed 100.
                guard f.value.minimum >= 0, sentence.contains(where: { Self.increaseWords.contains(article.tokens[$0].lower) }) else {
                    notes.append("“\(f.asWritten)” in ¶\(paragraphNumber(ofToken: f.anchor.lowerBound)) is a percentage outside 0–100: left out; add it by hand with a fitting unit.")
                    continue
                }
                unit = "percent increase"
            }
            guard let excerpt else { skipped("“\(f.asWritten)”", at: f.anchor.lowerBound); continue }
            let id = ids.make("s-" + f.asWritten)
            statistics.append(Statistic(id: id, value: f.value, unit: unit, asWritten: f.asWritten,
                                        approximate: f.approximate, measures: f.measures,
                                        period: period(in: sentence, dates: dates), source: source(in: sentence),
                                        excerpt: excerpt))
            guess(id, "the figure “\(f.asWritten)”; what it measures is read from its sentence", "medium")
        }
    }

    /// Words that make a percentage over 100 a change: "has increased by more than 1,000%".
    static let increaseWords: Set<String> = ["increase", "increased", "increases", "rise", "rose", "risen", "grew", "grown",
                                             "growth", "up", "jump", "jumped", "surge", "surged", "gain", "gained"]

    /// "between June 2014 and June 2017" in the figure's sentence.
    private func period(in sentence: Range<Int>, dates: [DateMention]) -> Period? {
        var k = dates.partitioningIndex(where: { $0.tokens.lowerBound >= sentence.lowerBound })
        var here: [DateMention] = []
        while k < dates.count && dates[k].tokens.lowerBound < sentence.upperBound { here.append(dates[k]); k += 1 }
        for (first, second) in zip(here, here.dropFirst()) {
            guard case .absolute(let start) = first.kind, case .absolute(let end) = second.kind,
                  first.tokens.lowerBound > sentence.lowerBound,
                  ["between", "from"].contains(article.tokens[first.tokens.lowerBound - 1].lower),
                  second.tokens.lowerBound == first.tokens.upperBound + 1,
                  ["and", "to", "through", "until"].contains(article.tokens[first.tokens.upperBound].lower) else { continue }
            return Period(start: start, end: end)
        }
        return nil
    }

    /// "according to a report from George Washington’s Program on Extremism": the organisation named.
    private func source(in sentence: Range<Int>) -> String? {
        for i in sentence where ["according", "report", "study", "survey", "data", "poll", "analysis"].contains(article.tokens[i].lower) {
            guard i + 1 < sentence.upperBound, ["to", "from", "by"].contains(article.tokens[i + 1].lower) else { continue }
            for t in (i + 2)..<min(i + 10, sentence.upperBound) {
                if let e = entityAt[t], entityKinds[e] == .organization {
                    return entityById[entityIds[e]]?.name
                }
            }
        }
        return nil
    }

    // MARK: Events

    /// Adds `dates` as events, with the excerpts of their tokens made by the caller, in the same order.
    mutating func addEvents(_ dates: [DateMention], excerpts: [String?], published: PartialDate?) {
        for (d, excerpt) in zip(dates, excerpts) {
            guard let resolved = published.flatMap({ DateFinder.resolve(d.kind, published: $0) })
                    ?? (Self.isAbsolute(d.kind) ? DateFinder.resolve(d.kind, published: Drafter.placeholderDate) : nil) else {
                notes.append("“\(d.phrase)” in ¶\(paragraphNumber(ofToken: d.tokens.lowerBound)) could not be resolved without a more precise publication date: left out.")
                continue
            }
            guard let excerpt else { skipped("The date “\(d.phrase)”", at: d.tokens.lowerBound); continue }
            let sentence = article.sentence(around: d.tokens.lowerBound)
            var note = d.note
            if case .monthDay = d.kind { note = "The text gives no year: \(resolved.date.year) is assumed from the publication date." }
            let id = ids.make("ev-" + resolved.date.iso)
            events.append(TimelineEvent(id: id, date: resolved.date, description: description(of: d, in: sentence),
                                        people: entityIds(in: sentence, kind: .person),
                                        places: entityIds(in: sentence, kind: .place), basis: resolved.basis,
                                        phrase: resolved.basis == .resolved ? d.phrase : nil, teacherNote: note,
                                        excerpt: excerpt))
            guess(id, "a date in the text (\(resolved.basis.rawValue))", "medium")
        }
    }

    private static func isAbsolute(_ kind: DateMention.Kind) -> Bool {
        if case .absolute = kind { return true }
        return false
    }

    /// The clause the date stands in (between dashes, semicolons or colons), without the date when it
    /// opens the clause, cut to about 25 words around the date.
    private func description(of d: DateMention, in sentence: Range<Int>) -> String {
        func isBoundary(_ gap: String) -> Bool { gap.unicodeScalars.contains { "—–;:()".unicodeScalars.contains($0) } }
        var lo = d.tokens.lowerBound
        while lo > sentence.lowerBound && !isBoundary(article.gap(before: lo)) { lo -= 1 }
        var hi = d.tokens.upperBound - 1
        while hi + 1 < sentence.upperBound && !isBoundary(article.gap(after: hi)) { hi += 1 }
        var start = lo
        if d.tokens.lowerBound <= lo + 1 && d.tokens.upperBound <= hi { start = d.tokens.upperBound }
        let opening = start
        if hi - start > 24 { start = max(start, min(d.tokens.lowerBound - 12, hi - 24)) }
        let end = min(hi, start + 24)
        var text = article.text(from: start, through: end)
        if start > opening { text = "… " + text }
        if end < hi { text += " …" }
        guard let first = text.first else { return "TODO: describe the event" }
        return first.uppercased() + text.dropFirst()
    }

    // MARK: Claims

    /// Adds the best claims and returns the thesis: the first of `choices` an excerpt can be made for.
    /// Adds the views the writer weighs (`counters`) as claims attacking the thesis, or a note that none
    /// was found.
    mutating func addClaims(_ raw: [RawClaim], thesis choices: [ThesisFinder.Choice], counters: [RawCounter],
                            limit: Int) throws -> Claim {
        var pool = raw
        var thesis: Claim?
        var thesisSentence: Range<Int>?
        var thesisWhy = "its place in the article"
        for choice in choices {
            let sentence = choice.sentence
            guard let excerpt = excerpt(sentence.lowerBound..<(sentence.lowerBound + 1), minimum: min(12, sentence.count)) else { continue }
            let claim = raw.firstIndex { $0.sentence == sentence }
            let last = min(sentence.upperBound - 1, sentence.lowerBound + 44)
            var text = article.text(from: sentence.lowerBound, through: last)
            if last < sentence.upperBound - 1 { text += " …" }
            let why = choice.reasons.isEmpty ? "its place in the article" : choice.reasons.joined(separator: ", ")
            thesisWhy = why
            thesis = Claim(id: ids.make("thesis"), text: text, kind: claim.map { raw[$0].kind } ?? .fact,
                           assertedBy: speaker(of: sentence), hedge: claim.flatMap { raw[$0].hedge }, excerpt: excerpt,
                           teacherNote: "Drafted: the sentence that best states the main point (\(why)). Restate it in your own words.")
            if let claim { pool.remove(at: claim) }
            thesisSentence = sentence
            break
        }
        if thesis == nil { thesis = try fallbackThesis() }
        let counterSentences = Set(counters.map(\.sentence.lowerBound))
        pool.removeAll { counterSentences.contains($0.sentence.lowerBound) }
        let kept = pool.indices.sorted { (pool[$0].score, -$0) > (pool[$1].score, -$1) }.prefix(limit).sorted()
        for k in kept {
            let c = pool[k]
            guard let excerpt = excerpt(c.anchor, minimum: min(10, c.sentence.count)) else { skipped("A claim", at: c.anchor.lowerBound); continue }
            let id = ids.make("c\(claims.count + 1)")
            claims.append(Claim(id: id, text: c.text, kind: c.kind, assertedBy: speaker(of: c.anchor), hedge: c.hedge,
                                excerpt: excerpt))
            guess(id, "a sentence with claim cues, drafted as \(c.kind.rawValue)", "low")
        }
        if let thesis { guess(thesis.id, "the sentence that best states the main point (\(thesisWhy))", "medium") }
        guard let thesis else { throw DraftError.noUniqueText }
        addCounterarguments(counters.filter { $0.sentence != thesisSentence }, raw: raw, thesis: thesis)
        return thesis
    }

    /// Each view the writer weighs becomes a claim that attacks the thesis, marked for review: only a
    /// reader can tell which side it takes.
    private mutating func addCounterarguments(_ counters: [RawCounter], raw: [RawClaim], thesis: Claim) {
        var added = 0
        for counter in counters {
            let sentence = counter.sentence
            guard let excerpt = excerpt(counter.anchor..<(counter.anchor + 1), minimum: min(12, sentence.count)) else {
                skipped("A view against the thesis", at: sentence.lowerBound)
                continue
            }
            let last = min(sentence.upperBound - 1, sentence.lowerBound + 44)
            var text = article.text(from: sentence.lowerBound, through: last)
            if last < sentence.upperBound - 1 { text += " …" }
            let claim = raw.first { $0.sentence == sentence }
            let id = ids.make("c\(claims.count + 1)")
            claims.append(Claim(id: id, text: text, kind: claim?.kind ?? .opinion, assertedBy: speaker(of: sentence), hedge: claim?.hedge,
                                excerpt: excerpt,
                                teacherNote: "Drafted as a view the writer weighs against the thesis (\(counter.cue)): check that it goes against it, and what answers it."))
            relations.append(Relation(from: id, to: thesis.id, type: .attacks))
            guess(id, "a view against the thesis, from the cue “\(counter.cue)”", "low")
            added += 1
        }
        if added == 0 {
            notes.append("No view against the thesis was found (the drafter looks for “some argue”, “critics say”, “It is true that” and the like): the briefing will say the writer discusses none. That is a guess: check the article, and add the view and an `attacks` relation if it weighs one.")
        }
    }

    private func speaker(of anchor: Range<Int>) -> String {
        let k = quoted.partitioningIndex(where: { $0.tokens.upperBound > anchor.lowerBound })
        return k < quoted.count && quoted[k].tokens.contains(anchor.lowerBound) ? quoted[k].speaker : "author"
    }

    /// Without claim cues: the first sentence that can be excerpted, to be rewritten by the editor.
    private mutating func fallbackThesis() throws -> Claim {
        for l in bodyLines {
            for sentence in article.sentences(inLine: l) {
                if let excerpt = excerpt(sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 6), minimum: 6) {
                    notes.append("No sentence reads like a claim: the thesis points at the first sentence and needs writing.")
                    return Claim(id: ids.make("thesis"), text: "TODO: state the thesis in your own words.", kind: .fact,
                                 excerpt: excerpt)
                }
            }
        }
        throw DraftError.noUniqueText
    }

    // MARK: Vocabulary

    mutating func addVocabulary(_ candidates: ArraySlice<GlossaryFinder.Candidate>) {
        for c in candidates {
            let id = ids.make("v-" + c.term)
            vocabulary.append(VocabularyTerm(id: id, term: c.term, definition: "TODO: define", partOfSpeech: c.partOfSpeech,
                                             tier: c.tier))
            guess(id, "a word fewer readers know; its definition is still to write", "low")
        }
    }
}

extension Array {
    /// The first index whose element satisfies `isAfter`, for an array partitioned by it (binary search).
    func partitioningIndex(where isAfter: (Element) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isAfter(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
