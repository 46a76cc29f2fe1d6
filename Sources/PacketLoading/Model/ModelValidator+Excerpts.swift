import PacketModel

extension ModelValidator {
    /// Finds every excerpt in the body text and records its location.
    /// `normalized` holds the ``NormalizedText`` of each of the model's paragraphs.
    func locateExcerpts(_ model: inout ArticleModel, text: ArticleText, normalized: [NormalizedText]) {
        let matcher = ExcerptMatcher(paragraphs: model.paragraphs, normalized: normalized)
        let layout = model.layout
        let roles: [(String, [Int])] = [("title", layout.title), ("dek", layout.dek), ("photo_credit", layout.photoCredit),
                                        ("boilerplate", layout.boilerplate), ("pull_quote", layout.pullQuote)]
        let nonBody = roles.flatMap { role, lines in
            lines.filter { text.lines.indices.contains($0 - 1) }.map { (line: $0, role: role, text: NormalizedText(text.lines[$0 - 1]).string) }
        }.sorted { $0.line < $1.line }
        func locate(_ item: some Excerpted, _ path: String, _ matcher: ExcerptMatcher, firstOfMany: Bool = false) -> Location? {
            self.locate(item, path, matcher, firstOfMany: firstOfMany, nonBody: nonBody, articlePath: text.path)
        }
        if !thesisFailed { model.thesis.location = locate(model.thesis, "thesis", matcher) }
        for i in model.claims.indices { model.claims[i].location = locate(model.claims[i], "claims[\(i)]", matcher) }
        for i in model.evidence.indices { model.evidence[i].location = locate(model.evidence[i], "evidence[\(i)]", matcher) }
        for i in model.statistics.indices { model.statistics[i].location = locate(model.statistics[i], "statistics[\(i)]", matcher) }
        for i in model.quotes.indices {
            model.quotes[i].location = locate(model.quotes[i], "quotes[\(i)]", matcher)
            checkQuoteText(model.quotes[i], "quotes[\(i)]")
        }
        for i in model.events.indices { model.events[i].location = locate(model.events[i], "events[\(i)]", matcher) }
        for i in model.vocabulary.indices {
            model.vocabulary[i].location = locate(model.vocabulary[i], "vocabulary[\(i)]", matcher, firstOfMany: true)
        }
        for i in model.craft.indices {
            model.craft[i].location = locate(model.craft[i], "craft[\(i)]", matcher)
            checkCraftWords(model.craft[i], "craft[\(i)]")
        }
        locateDescriptions(&model.people, "people", matcher)
    }

    /// A craft note's words must stand inside its excerpt, so the question can quote them in context.
    private func checkCraftWords(_ note: CraftNote, _ path: String) {
        let words = NormalizedText(note.words).string, excerpt = NormalizedText(note.excerpt).string
        if !words.isEmpty && !excerpt.contains(words) {
            sink.error("the words '\(note.words)' of craft note '\(note.id)' are not within its excerpt: quote the words in 'excerpt' too",
                       at: mark("\(path).words"))
        }
    }

    /// Finds each person's `described_as` (the article's own words about them) in the body text.
    private func locateDescriptions(_ entities: inout [Entity], _ key: String, _ matcher: ExcerptMatcher) {
        for i in entities.indices {
            guard let words = entities[i].describedAs else { continue }
            let at = mark("\(key)[\(i)].described_as")
            switch matcher.match(words, firstOfMany: true) {
            case .found(let location):
                entities[i].describedAsLocation = location
            case .ambiguous:
                break  // firstOfMany: never ambiguous
            case .notFound(let closest, let paragraph):
                var hint = ""
                if let closest, let paragraph { hint = "; closest passage (¶\(paragraph)): \"\(closest)\"" }
                sink.error("described_as of '\(entities[i].id)' is not in the article: it must be the article's own words about them\(hint)",
                           at: at)
            }
        }
    }

    private func locate(_ item: some Excerpted, _ path: String, _ matcher: ExcerptMatcher, firstOfMany: Bool,
                        nonBody: [(line: Int, role: String, text: String)], articlePath: String) -> Location? {
        let at = mark("\(path).excerpt") ?? mark("\(path).term") ?? mark(path)
        switch matcher.match(item.excerpt, firstOfMany: firstOfMany, ignoringCase: firstOfMany) {
        case .found(let location):
            return location
        case .ambiguous(let paragraphs):
            var unique: [Int] = []
            for p in paragraphs where !unique.contains(p) { unique.append(p) }
            let where_ = unique.map { "¶\($0)" }.joined(separator: ", ")
            sink.error("excerpt of '\(item.id)' is found \(paragraphs.count) times (\(where_)): quote more words so it is found once",
                       at: at)
        case .notFound(let closest, let paragraph):
            let needle = NormalizedText(item.excerpt).string
            if !needle.isEmpty, let line = nonBody.first(where: { $0.text.contains(needle) }) {
                sink.error("excerpt of '\(item.id)' is on line \(line.line) of \(articlePath), which 'layout' marks as \(line.role): an excerpt must come from a body paragraph",
                           at: at)
            } else if let closest, let paragraph {
                sink.error("excerpt of '\(item.id)' is not in the article; closest passage (¶\(paragraph)): \"\(closest)\"", at: at)
            } else {
                sink.error("excerpt of '\(item.id)' is not in the article (too many excerpts are missing to suggest passages: is it the right article?)",
                           at: at)
            }
        }
        return nil
    }

    /// Words in curly quotation marks in a model answer must be the article's own words: the
    /// guide prints them as quotations, and students check them against the numbered article.
    func checkQuotedWords(_ model: ArticleModel, normalized: [NormalizedText]) {
        let body = normalized.map(\.string)
        for (i, question) in model.questions.enumerated() {
            guard let answer = question.modelAnswer else { continue }
            for quoted in Self.quotations(in: answer) {
                let needle = NormalizedText(quoted).string
                guard !needle.isEmpty, !body.contains(where: { $0.contains(needle) }) else { continue }
                sink.warning("question '\(question.id)': 'model_answer' quotes “\(quoted)”, which is not in the article: "
                    + "words in quotation marks must be the article's exact words", at: mark("questions[\(i)].model_answer"))
            }
        }
    }

    /// The texts between “ and ” in `text`.
    static func quotations(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "“") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "”") else { break }
            found.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return found
    }

    /// A direct quote's text should be words of its own excerpt.
    private func checkQuoteText(_ quote: Quote, _ path: String) {
        guard quote.mode == .direct, quote.location != nil else { return }
        // A quote printed in parts ("The smallest action…," he argued, "is better…") is written
        // with an ellipsis for the gap: each part must appear, in order.
        let parts = NormalizedText(quote.text).string.components(separatedBy: "...")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let excerpt = NormalizedText(quote.excerpt).string
        var rest = excerpt[...]
        let inOrder = parts.allSatisfy { part in
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
            return true
        }
        if !inOrder {
            sink.warning("the text of direct quote '\(quote.id)' does not appear within its excerpt", at: mark("\(path).text"))
        }
    }

    /// Records the paragraphs where each entity's name or an alias appears; warns when none.
    /// `normalized` holds the ``NormalizedText`` of each of the model's paragraphs.
    func locateEntities(_ model: inout ArticleModel, normalized: [NormalizedText]) {
        let paragraphs = zip(model.paragraphs, normalized).map { paragraph, normal in
            (number: paragraph.number, text: normal.string, lookalike: ByteSearch.hasLookalike(normal.string))
        }
        let index = NameIndex(paragraphs.map(\.text))
        // "Virginia" inside "West Virginia" is a mention of West Virginia, not of Virginia: a name inside
        // a longer name of the same kind (place in place, organisation in organisation) does not count.
        // ("US Air Force" inside "a top US Air Force general" still does.) Names of several words are
        // indexed by each of their words, so each name meets only the few longer names sharing its first word.
        func longerNames(_ entities: [Entity]) -> [Substring: [String]] {
            var byWord: [Substring: [String]] = [:]
            for name in Set(entities.flatMap(\.allNames).map({ NormalizedText($0).string })) where name.contains(" ") {
                for word in Set(name.split(separator: " ")) { byWord[word, default: []].append(name) }
            }
            return byWord
        }
        func locate(_ entities: inout [Entity], _ key: String) {
            let byWord = longerNames(entities)
            for i in entities.indices {
                let names = entities[i].allNames.map { NormalizedText($0).string }
                let own = Set(names)
                let longer = Dictionary(uniqueKeysWithValues: names.map { name in
                    (name, (name.split(separator: " ").first.flatMap { byWord[$0] } ?? []).filter {
                        !own.contains($0) && $0.count > name.count && Self.containsWord(name, in: $0)
                    }.sorted())
                })
                // Only paragraphs that can hold a name are searched, and the byte test rules out most
                // of those before the slow search: entities times paragraphs made long texts take minutes.
                let candidates = Set(names.flatMap { index.candidates(for: $0) }).sorted()
                entities[i].paragraphs = candidates.map { paragraphs[$0] }.filter { p in
                    names.contains { name in
                        ByteSearch.mayContain(p.text, lookalike: p.lookalike, name)
                            && Self.containsWord(name, in: p.text, outside: longer[name] ?? [])
                    }
                }.map(\.number)
                if entities[i].paragraphs.isEmpty {
                    sink.warning("\(entities[i].kind.rawValue) '\(entities[i].id)': neither its name nor an alias appears in the body text; add the words the article uses to 'aliases'",
                                 at: mark("\(key)[\(i)].name"))
                }
            }
        }
        locate(&model.people, "people")
        locate(&model.organizations, "organizations")
        locate(&model.places, "places")
    }

    /// True when `word` occurs in `text` not inside a longer word, and not inside an occurrence of
    /// one of the `outside` names (another entity's longer name that contains it).
    static func containsWord(_ word: String, in text: String, outside: [String] = []) -> Bool {
        guard !word.isEmpty else { return false }
        let covered = outside.flatMap { wordRanges($0, in: text) }
        return wordRanges(word, in: text).contains { range in
            !covered.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
        }
    }

    /// Where `word` occurs in `text` as a whole word.
    private static func wordRanges(_ word: String, in text: String) -> [Range<String.Index>] {
        guard !word.isEmpty else { return [] }
        var found: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isBoundary: (Character?) -> Bool = { c in c.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before) && isBoundary(after) { found.append(range) }
            searchStart = text.index(after: range.lowerBound)
        }
        return found
    }
}
