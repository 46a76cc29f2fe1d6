import PacketModel

/// Who a quote is attributed to.
enum Speaker: Equatable {
    /// A named entity (index into the found entities).
    case entity(Int)
    /// Someone the text describes but does not name: "a top US Air Force general".
    case described(String)
    /// The article's author (a pull quote repeats the author's own words).
    case author
}

/// Words in quotation marks with the speaker the drafter attributes them to.
struct RawQuote {
    /// Tokens inside the (first) pair of marks: the excerpt is grown around these.
    var content: Range<Int>
    var text: String
    var speaker: Speaker
    /// How the speaker was found, for the review note.
    var how: String
    /// The words around the quote saying where it was said ("told a West Point journal last month").
    var context: String?
}

/// Finds quotations in straight or typographic double quotes — pairing marks by order rather than by
/// shape, since articles mix them up (”is better…” or “…ten times worse“) — and attributes each to the
/// nearest speaker pattern: "X said", "told …", "as X argued", "X described as", a pronoun, or a
/// described but unnamed speaker.
enum QuoteFinder {
    static let marks: Set<Unicode.Scalar> = ["\"", "“", "”", "„", "«", "»"]

    /// `marks.contains(s)`, without hashing the many ASCII scalars that are not `"`.
    static func isMark(_ s: Unicode.Scalar) -> Bool { s.isASCII ? s == "\"" : marks.contains(s) }
    static let roleNouns: WordList = [
        "general", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "analyst", "expert",
        "officer", "commander", "source", "diplomat", "minister", "researcher", "professor", "lawmaker", "resident",
        "witness", "author", "writer", "economist", "scientist", "doctor", "aide", "adviser", "advisor", "historian",
        "lawyer", "attorney", "president", "director", "leader", "chief", "executive", "survivor", "mother",
        "father", "student", "teacher", "colonel", "captain", "sergeant", "soldier", "fighter", "member", "man",
        "woman", "manager", "owner", "worker", "nurse", "farmer", "activist", "investigator", "prosecutor", "judge",
    ]

    struct Context {
        let article: TokenizedText
        let entities: [FoundEntity]
        let entityAt: EntityAtToken        // token → entity index, for every token of every mention
        let personStarts: [(token: Int, entity: Int)]   // person mentions in text order
    }

    static func find(_ a: TokenizedText, bodyLines: [Int], entities: [FoundEntity]) -> (quotes: [RawQuote], notes: [String]) {
        var entityAt = EntityAtToken(tokenCount: a.tokens.count)
        var personStarts: [(token: Int, entity: Int)] = []
        for (e, entity) in entities.enumerated() {
            for m in entity.mentions {
                for t in m { entityAt[t] = e }
                if entity.kind == .person { personStarts.append((m.lowerBound, e)) }
            }
        }
        personStarts.sort { $0.token < $1.token }
        let context = Context(article: a, entities: entities, entityAt: entityAt, personStarts: personStarts)
        var quotes: [RawQuote] = []
        var notes: [String] = []
        for l in bodyLines {
            let spans = spans(a, line: l)
            var previous: Speaker?
            var k = 0
            while k < spans.count {
                var span = spans[k]
                var text = quotedText(a, l, span)
                var lastPiece = span.tokens.upperBound
                // "…heartland,” Adnani argued ”is better…": one quote in two pieces.
                if k + 1 < spans.count, isContinued(a, span, by: spans[k + 1]), text.hasSuffix(",") {
                    text = String(text.dropLast()) + " … " + quotedText(a, l, spans[k + 1])
                    span.closeMark = spans[k + 1].closeMark
                    lastPiece = spans[k + 1].tokens.upperBound
                    k += 1
                }
                k += 1
                // A title in quotation marks (“The Future of Macroeconomic Policy,”) is no quotation.
                if isTitle(a, span.tokens) { continue }
                var found = attribute(span, context)
                if found == nil, let last = previous, span.tokens.count >= 4 {
                    // “A,” said X. “B.” — the second quotation goes on with the same speaker.
                    found = .speaker(last, "adjacent: the quotation goes on after the one before it", nil)
                }
                if found == nil, span.tokens.count >= 6, a.tokens[span.tokens.lowerBound].isCapitalized,
                   let p = lastPersonMention(before: span.tokens.lowerBound, context), p.token >= a.lines[l].tokens.lowerBound {
                    found = .speaker(.entity(p.entity), "guess: the nearest person named before the quote", nil)
                }
                switch found {
                case .none:
                    if span.tokens.count >= 4 {
                        notes.append("A quotation in line \(a.lines[l].number) (“\(text.prefix(40))…”) has no speaker the drafter could find: left out.")
                    }
                case .ownWords:
                    continue   // the author quoting themselves: not someone else's words
                case .speaker(let speaker, let how, let said):
                    if span.tokens.count < 4 && !how.hasPrefix("adjacent") { continue }   // scare quotes
                    previous = speaker
                    quotes.append(RawQuote(content: span.tokens.lowerBound..<max(span.tokens.upperBound, lastPiece), text: text,
                                           speaker: speaker, how: how, context: said))
                }
            }
        }
        return (quotes, notes)
    }

    /// Who said a quotation, as far as the words around it tell.
    private enum Attribution {
        case speaker(Speaker, String, String?)
        /// "I said, “…”": the author's own words.
        case ownWords
    }

    /// Title case — capitalised words and function words only, at least two capitalised: a title, not a quotation.
    private static func isTitle(_ a: TokenizedText, _ tokens: Range<Int>) -> Bool {
        guard tokens.count >= 2, a.tokens[tokens.lowerBound].isCapitalized else { return false }
        let capitalised = tokens.filter { a.tokens[$0].isCapitalized }.count
        return capitalised >= 2 && tokens.allSatisfy { a.tokens[$0].isCapitalized || a.lower($0, is: .functionWord) || a.tokens[$0].isDigits }
    }

    /// True when token `i` says someone spoke or wrote: "said", "argued", "put it".
    static func isSpeechVerb(_ a: TokenizedText, _ i: Int) -> Bool {
        if a.lower(i, is: .speechVerb) { return true }
        let line = a.lines[a.tokens[i].line].tokens
        return a.tokens[i].lower == "put" && i + 1 < line.upperBound && a.tokens[i + 1].lower == "it"
    }

    /// The words in quotation marks in `lines`, in text order, without scare quotes and titles (fewer
    /// than four words, or title case): what the writer quotes rather than states. Found from the marks
    /// alone, so the writer's own sentences can be told apart before anyone is attributed.
    static func quotedSpans(_ a: TokenizedText, lines: [Int]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for l in lines where a.lines[l].scalars.contains(where: isMark) {
            for span in spans(a, line: l) where span.tokens.count >= 4 && !isTitle(a, span.tokens) { result.append(span.tokens) }
        }
        return result
    }

    struct Span {
        var openMark: Int
        var closeMark: Int
        /// Tokens between the marks (all pieces).
        var tokens: Range<Int>
        /// Tokens of the first piece.
        var firstTokens: Range<Int>
    }

    private static func spans(_ a: TokenizedText, line l: Int) -> [Span] {
        let scalars = a.lines[l].scalars
        var positions = scalars.indices.filter { isMark(scalars[$0]) }
        if positions.count % 2 == 1 {
            // An unclosed quote that opens the paragraph runs to its end; otherwise drop the odd mark.
            let opensLine = positions.first.map { p in scalars[..<p].allSatisfy { $0.isSpace } } ?? false
            if opensLine { positions.append(scalars.count) } else { positions.removeLast() }
        }
        let tokens = a.lines[l].tokens
        var result: [Span] = []
        var cursor = tokens.lowerBound
        for pair in stride(from: 0, to: positions.count, by: 2) {
            let (open, close) = (positions[pair], positions[pair + 1])
            while cursor < tokens.upperBound && a.tokens[cursor].start < open { cursor += 1 }
            var end = cursor
            while end < tokens.upperBound && a.tokens[end].end <= close { end += 1 }
            if end > cursor { result.append(Span(openMark: open, closeMark: close, tokens: cursor..<end, firstTokens: cursor..<end)) }
            cursor = end
        }
        return result
    }

    /// True when only a few words, among them a saying verb, stand between two quoted pieces.
    private static func isContinued(_ a: TokenizedText, _ span: Span, by next: Span) -> Bool {
        let between = span.tokens.upperBound..<next.tokens.lowerBound
        return between.count <= 4 && between.contains { EntityClassifier.speechVerbs.contains(a.tokens[$0].lower) }
    }

    private static func quotedText(_ a: TokenizedText, _ l: Int, _ span: Span) -> String {
        TokenizedText.slice(a.lines[l].scalars, span.openMark + 1, span.closeMark).trimmingTrailingSpace
    }

    /// The speaker, how it was found, and the saying words before the quote; `nil` when the words
    /// around the quote name no one.
    private static func attribute(_ span: Span, _ c: Context) -> Attribution? {
        let a = c.article
        let line = a.lines[a.tokens[span.tokens.lowerBound].line].tokens
        func isPerson(_ t: Int) -> Int? { c.entityAt[t].flatMap { c.entities[$0].kind == .person ? $0 : nil } }
        // After the closing mark: "…,” Adnani argued" / "…,” said Smith" / "…,” said U.S. Secretary of
        // Commerce Gina Raimondo" / "…,” he said".
        let afterEnd = min(span.tokens.upperBound + 5, line.upperBound)
        let after = span.tokens.upperBound..<afterEnd
        if let v = after.first(where: { isSpeechVerb(a, $0) }), v < span.tokens.upperBound + 4 {
            if v > after.lowerBound, let e = isPerson(v - 1) { return .speaker(.entity(e), "adjacent: name before “\(a.tokens[v].text)”", nil) }
            if v > after.lowerBound, ["i", "we"].contains(a.tokens[v - 1].lower) { return .ownWords }
            var t = v + 1
            while t < min(v + 15, line.upperBound), !a.startsSentence[t], !a.gap(before: t).unicodeScalars.contains(where: isMark) {
                if let e = isPerson(t) { return .speaker(.entity(e), "adjacent: name after “\(a.tokens[v].text)”", nil) }
                t += 1
            }
            if v > after.lowerBound, ["he", "she"].contains(a.tokens[v - 1].lower), let speaker = nearestSpeaker(before: span.tokens.lowerBound, c) {
                return .speaker(speaker, "adjacent: “\(a.tokens[v - 1].text) \(a.tokens[v].text)” refers to the last person named", nil)
            }
            if let d = described(endingAt: v - 1, floor: after.lowerBound, a) { return .speaker(.described(d), "adjacent: described speaker", nil) }
        }
        // Before the opening mark, in the same sentence: the last saying verb and its subject.
        let sentence = a.sentence(around: max(span.tokens.lowerBound - 1, line.lowerBound))
        let before = sentence.lowerBound..<span.tokens.lowerBound
        if let v = before.last(where: { isSpeechVerb(a, $0) }) {
            let said = v + 2 < span.tokens.lowerBound ? a.text(from: v, through: span.tokens.lowerBound - 1) : nil
            let saidWords = said.map { $0.trimming(",:;“”\" ") }
            if v > before.lowerBound, ["i", "we"].contains(a.tokens[v - 1].lower) { return .ownWords }
            // “…,” said U.S. Secretary of Commerce Gina Raimondo. “…”: the speaker follows the verb.
            if a.gap(before: v).unicodeScalars.contains(where: isMark),
               let e = (v..<before.upperBound).lazy.compactMap(isPerson).first {
                return .speaker(.entity(e), "adjacent: name after “\(a.tokens[v].text)”", nil)
            }
            if let d = described(endingAt: v - 1, floor: before.lowerBound, a) { return .speaker(.described(d), "adjacent: described speaker before “\(a.tokens[v].text)”", saidWords) }
            if let e = (before.lowerBound..<v).reversed().lazy.compactMap(isPerson).first {
                return .speaker(.entity(e), "adjacent: nearest name before “\(a.tokens[v].text)”", saidWords)
            }
            if v > before.lowerBound, ["he", "she"].contains(a.tokens[v - 1].lower), let speaker = nearestSpeaker(before: v, c) {
                return .speaker(speaker, "adjacent: pronoun before “\(a.tokens[v].text)”", saidWords)
            }
            if let e = (v..<before.upperBound).lazy.compactMap(isPerson).first {
                return .speaker(.entity(e), "adjacent: name after “\(a.tokens[v].text)”", nil)
            }
        }
        return nil
    }

    /// Family and other people one's own: "my dad", "her mother", "his boss".
    static let kinNouns: Set<String> = ["dad", "father", "mom", "mother", "mum", "grandfather", "grandmother", "grandpa",
                                        "grandma", "brother", "sister", "wife", "husband", "son", "daughter", "uncle",
                                        "aunt", "friend", "boss", "teacher", "coach", "doctor", "neighbor", "neighbour"]

    /// Who "he" or "she" before token `token` refers to: the last person named in the paragraph, or a
    /// person described as one's own ("my dad used to have an expression. He said, …") when nearer.
    private static func nearestSpeaker(before token: Int, _ c: Context) -> Speaker? {
        let a = c.article
        let line = a.lines[a.tokens[token].line].tokens
        let named = lastPersonMention(before: token, c)
        var k = token - 1
        while k > line.lowerBound, named.map({ k > $0.token }) ?? true {
            if kinNouns.contains(a.tokens[k].lower), ["my", "his", "her", "our", "their"].contains(a.tokens[k - 1].lower) {
                return .described(a.text(from: k - 1, through: k))
            }
            k -= 1
        }
        return named.map { .entity($0.entity) }
    }

    private static func lastPerson(before token: Int, _ c: Context) -> Int? {
        lastPersonMention(before: token, c)?.entity
    }

    /// The last person mention starting before `token` (binary search).
    private static func lastPersonMention(before token: Int, _ c: Context) -> (token: Int, entity: Int)? {
        var lo = 0, hi = c.personStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if c.personStarts[mid].token < token { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? c.personStarts[lo - 1] : nil
    }

    /// "a top US Air Force general" ending at token `end`: the words after the determiner.
    private static func described(endingAt end: Int, floor: Int, _ a: TokenizedText) -> String? {
        guard end >= floor, roleNouns.contains(a.tokens[end].lower) else { return nil }
        var start = end
        while start - 1 >= floor, start > end - 7 {
            let word = a.tokens[start - 1].lower
            if ["a", "an", "the", "one"].contains(word) { return a.text(from: start, through: end) }
            guard a.gap(after: start - 1) == " " || a.gap(after: start - 1) == "-" else { return nil }
            start -= 1
        }
        return nil
    }
}
