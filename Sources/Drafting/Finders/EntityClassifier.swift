import PacketModel

/// A person, organisation or place the drafter believes the article names.
struct FoundEntity {
    var kind: EntityKind
    var name: String
    var aliases: [String]
    /// Title and apposition printed with the name ("lieutenant general; a senior Army officer").
    var role: String?
    var mentions: [Range<Int>]
    /// How sure the votes were, for the review note.
    var evidence: String
}

/// Merges name mentions into entities (surnames, "al-" forms, spelt-out acronyms and head words become
/// aliases) and decides whether each is a person, an organisation or a place from the words around
/// its mentions. A name nothing points at — no title, no saying verb, no "in", no "University" — is
/// left out with a note rather than guessed; so are acronyms the text does not spell out or place.
enum EntityClassifier {
    static let organisationWords: WordList = [
        "force", "forces", "army", "navy", "center", "centre", "program", "programme", "agency", "department",
        "ministry", "university", "college", "council", "party", "police", "institute", "committee", "group",
        "bank", "company", "inc", "corp", "association", "foundation", "organization", "organisation", "union",
        "court", "congress", "parliament", "senate", "commission", "office", "service", "times", "post", "news",
        "journal", "network", "front", "brigade", "brigades", "coalition", "movement", "academy", "school",
        "hospital", "church", "league", "federation", "society", "board", "bureau", "authority", "administration",
        "corps", "guard", "press", "magazine", "institution", "fund", "services", "reserve", "consortium",
        "collaborative", "partnership", "corporation", "corporations", "conference", "review", "ensemble",
        "orchestra", "choir", "club", "alliance", "laboratory", "laboratories", "institutes", "port", "house",
    ]
    static let placeWords: WordList = [
        "kingdom", "republic", "river", "sea", "ocean", "mountains", "mountain", "island", "islands", "valley",
        "gulf", "bay", "lake", "county", "province", "city", "desert", "peninsula", "strait", "canal", "coast",
        "emirates", "territory", "territories", "heights", "street", "square", "park", "county", "district",
    ]
    /// Words before a name that point at a place, with their weight.
    static let placeCues: WordTable<Int> = [
        "in": 2, "into": 2, "across": 2, "along": 2, "throughout": 2, "between": 2, "near": 2, "outside": 1,
        "inside": 1, "toward": 1, "towards": 1, "around": 1, "from": 1, "to": 1, "via": 1, "northern": 2,
        "southern": 2, "eastern": 2, "western": 2, "central": 1, "north": 1, "south": 1, "east": 1, "west": 1,
        "downtown": 2,
    ]
    static let placePhrases: [[String]] = [["banks", "of", "the"], ["coast", "of"], ["capital", "of"], ["city", "of"],
                                           ["outskirts", "of"], ["streets", "of"], ["border", "with"], ["governor", "of"],
                                           ["mayor", "of"], ["state", "of"], ["people", "of"], ["residents", "of"]]
    static let compassWords: WordList = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"]
    static let organisationCuesAfter: WordList = [
        "correspondent", "journal", "report", "reporter", "spokesman", "spokeswoman", "officials", "official",
        "analysts", "forces", "militants", "fighters", "commanders", "brand", "members", "leadership", "newspaper",
        "agency", "supporters", "recruits", "propaganda", "study", "survey", "poll", "website", "statement",
        "surveys", "headline",
    ]
    static let speechVerbs: WordList = [
        "said", "says", "say", "told", "tells", "argued", "argues", "added", "adds", "wrote", "writes", "warned",
        "warns", "explained", "explains", "noted", "notes", "stated", "states", "claimed", "claims", "insisted",
        "insists", "asked", "asks", "replied", "recalled", "described", "declared", "announced", "admitted",
        "acknowledged", "suggested", "observed", "remarked", "urged", "continued", "according", "believes",
        "believed", "thinks", "predicted", "predicts", "conceded", "concluded", "contends", "contended", "reported",
    ]
    /// Words before a name that point at an organisation: "a member of the KKK".
    static let organisationPhrases: [[String]] = [["member", "of", "the"], ["members", "of", "the"], ["member", "of"],
                                                  ["members", "of"], ["joined", "the"], ["chairman", "of", "the"]]
    /// Verbs whose subject acts or holds something: a name before one is rarely a place.
    static let agentVerbs: WordList = ["has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
                                          "must", "is", "was", "are", "were", "announced", "selected", "released"]
    /// Words that open a clause, after which a name is the clause's subject.
    static let clauseOpeners: WordList = ["because", "when", "if", "while", "although", "since", "after", "before",
                                             "as", "that", "once", "until", "unless", "whether"]
    /// Saying verbs that are as often plural nouns ("Southern states"): no sign of a person.
    static let nounLikeVerbs: WordList = ["states", "notes", "claims", "reports"]
    /// Plural nouns whose list ("7 states: California, Florida, …") holds places.
    static let placeListNouns: Set<String> = ["states", "countries", "cities", "counties", "provinces", "nations",
                                              "regions", "territories", "towns", "capitals"]
    /// Nouns for people, written before a name ("the author Ralph Leighton", "his friend Richard Feynman").
    static let personNouns: WordList = QuoteFinder.roleNouns.union([
        "friend", "wife", "husband", "son", "daughter", "brother", "sister", "colleague", "physicist", "chemist",
        "biologist", "novelist", "poet", "artist", "singer", "actor", "actress", "musician", "player", "athlete",
        "philanthropist", "entrepreneur", "billionaire", "journalist", "reporter", "senator", "commissioner",
    ])

    private struct Candidate {
        var surfaces: [String]
        var mentions: [NameMention]
        var votes = Votes()
        var words: Int
        var isAcronym: Bool
        var isDocument: Bool
        /// Every mention names a body by its kind ("the Committee"): kept only as an alias of a full name.
        var isGeneric: Bool
    }

    /// Votes for each kind of entity (none is zero).
    private struct Votes {
        private var person = 0, organization = 0, place = 0

        subscript(kind: EntityKind) -> Int {
            get {
                switch kind {
                case .person: person
                case .organization: organization
                case .place: place
                }
            }
            set {
                switch kind {
                case .person: person = newValue
                case .organization: organization = newValue
                case .place: place = newValue
                }
            }
        }

        static func += (lhs: inout Votes, rhs: Votes) {
            lhs.person += rhs.person; lhs.organization += rhs.organization; lhs.place += rhs.place
        }
    }

    static func classify(_ a: TokenizedText, mentions: [NameMention], acronyms: AcronymDefinitions = AcronymDefinitions())
        -> (entities: [FoundEntity], notes: [String]) {
        // Group by surface, keeping first-appearance order; acronyms the text spells out in lower-case words are terms.
        var candidates: [Candidate] = []
        var candidateOfSurface: [String: Int] = [:]
        for m in mentions where !acronyms.terms.contains(m.surface) {
            // A name inside a law's or a work's title ("a book called Tuva or Bust!") is kept apart from the same name elsewhere.
            let key = m.isDocument ? m.surface + "\u{0}" : m.surface
            let k: Int
            if let known = candidateOfSurface[key] {
                k = known
            } else {
                k = candidates.count
                candidateOfSurface[key] = k
                candidates.append(Candidate(surfaces: [m.surface], mentions: [], words: wordCount(m.surface),
                                            isAcronym: a.tokens[m.tokens.lowerBound].isAllCaps && m.tokens.count == 1,
                                            isDocument: m.isDocument, isGeneric: true))
            }
            candidates[k].mentions.append(m)
            candidates[k].isGeneric = candidates[k].isGeneric && m.isGeneric
            candidates[k].votes += votes(a, m, acronyms)
        }
        candidates = merge(candidates, acronyms: acronyms)
        // Coordination: "Mosul, Raqqa, or Afghanistan" — a name listed with places is a place; likewise
        // with organisations, and "Chan and Zuckerberg" with people.
        // Two rounds, so a kind passes along a list ("Mateen, Syed Rizwan Farooq, and Elton Simpson").
        var kindAtToken = [EntityKind?](repeating: nil, count: a.tokens.count)
        var given = [Set<Int>](repeating: [], count: candidates.count)
        for round in 0..<2 {
            for c in candidates where !c.isDocument {
                guard let kind = best(c.votes) else { continue }
                for m in c.mentions { kindAtToken[m.tokens.lowerBound] = kind; kindAtToken[m.tokens.upperBound - 1] = kind }
            }
            for c in candidates.indices where round == 0 || best(candidates[c].votes) == nil || candidates[c].words >= 2 {
                let personShaped = candidates[c].words >= 2 && candidates[c].votes[.organization] == 0 && candidates[c].votes[.place] <= 0
                for (k, m) in candidates[c].mentions.enumerated() where !given[c].contains(k) {
                    let kinds = coordinated(a, m.tokens, kindAtToken, personList: personShaped)
                    for kind in kinds { candidates[c].votes[kind] += 2 }
                    if !kinds.isEmpty { given[c].insert(k) }
                }
            }
        }
        var entities: [FoundEntity] = []
        var notes: [String] = []
        for c in candidates where !c.isDocument && !c.isGeneric {
            guard let kind = best(c.votes) else {
                notes.append("“\(c.surfaces[0])” looks like a name but nothing says whether it is a person, an organisation or a place: left out.")
                continue
            }
            let name = c.surfaces.max { ($0.split(separator: " ").count, $0.count) < ($1.split(separator: " ").count, $1.count) } ?? c.surfaces[0]
            let role = kind == .person ? role(a, c.mentions) : nil
            let tally = EntityKind.allCases.map { "\($0.rawValue) \(c.votes[$0])" }.joined(separator: ", ")
            entities.append(FoundEntity(kind: kind, name: name, aliases: c.surfaces.filter { $0 != name },
                                        role: role, mentions: c.mentions.map(\.tokens), evidence: tally))
        }
        return (entities, notes)
    }

    /// The kind with the most votes, if it has at least two (ties go to organisation, place, person).
    private static func best(_ votes: Votes) -> EntityKind? {
        var top: EntityKind?
        for kind in [EntityKind.organization, .place, .person] where votes[kind] > (top.map { votes[$0] } ?? 1) {
            top = kind
        }
        return top
    }

    /// The words in `surface` (runs between spaces), as `split(separator: " ").count` counts them.
    private static func wordCount(_ surface: String) -> Int {
        guard surface.utf8.allSatisfy({ $0 < 128 }) else { return surface.split(separator: " ").count }
        var count = 0
        var inWord = false
        for byte in surface.utf8 {
            if byte == 32 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    private static func votes(_ a: TokenizedText, _ m: NameMention, _ acronyms: AcronymDefinitions) -> Votes {
        var v = Votes()
        let r = m.tokens
        let firstWord = a.tokens[r.lowerBound].lower, lastWord = a.tokens[r.upperBound - 1].lower
        let line = a.lines[a.tokens[r.lowerBound].line].tokens
        let before = r.lowerBound > line.lowerBound ? a.tokens[r.lowerBound - 1].lower : ""
        let beforeThe = before == "the" && r.lowerBound - 1 > line.lowerBound ? a.tokens[r.lowerBound - 2].lower : before
        let hasAfter = r.upperBound < line.upperBound
        let after = hasAfter ? a.tokens[r.upperBound].lower : ""
        let gapAfter = a.gap(after: r.upperBound - 1)
        let possessive = ["’", "'"].contains(gapAfter) && after == "s"
        let isAcronym = r.count == 1 && a.tokens[r.lowerBound].isAllCaps
        let hasOrganisationWord = r.contains { a.lower($0, is: .organisationWord) }
        let hasPlaceWord = r.contains { a.lower($0, is: .placeWord) }
        // A name used as a modifier ("the Sikh community", "Raleigh city government") is not what "in" governs.
        let modifier = hasAfter && gapAfter == " " && a.tokens[r.upperBound].text == after && !a.tokens[r.upperBound].isDigits
            && !a.lower(r.upperBound, is: .functionWord) && !after.hasSuffix("ed") && !agentVerbs.contains(after)
            && !a.lower(r.upperBound, is: .relativeDateStart)
        if hasOrganisationWord { v[.organization] += 5 }
        // The head word — the last before "of", "for" or "on" — decides between "Central Valley Community
        // Foundation" (a body) and "City of Manchester" (a place).
        let head = r.first(where: { a.lower($0, is: .connector) && ["of", "for", "on"].contains(a.tokens[$0].text) }).map { $0 - 1 }
            ?? r.upperBound - 1
        if head >= r.lowerBound, a.lower(head, is: .organisationWord) { v[.organization] += 3 }
        if head >= r.lowerBound, a.lower(head, is: .placeWord) { v[.place] += 3 }
        // "New York State DOT": a name ending in an acronym the text spells out as a body's is a body's.
        if r.count >= 2, a.tokens[r.upperBound - 1].isAllCaps, a.gap(before: r.upperBound - 1) == " ",
           let full = acronyms.expansions[a.tokens[r.upperBound - 1].text],
           full.split(separator: " ").contains(where: { organisationWords.contains($0.lowercased()) }) {
            v[.organization] += 5
        }
        if lastWord == "state" && firstWord != "united" { v[.organization] += 5 }
        if firstWord == "federal" && r.count > 1 { v[.organization] += 3 }
        if m.isPublisher { v[.organization] += 3 }
        if hasPlaceWord || (firstWord == "united" && lastWord == "states") { v[.place] += 5 }
        if m.title != nil { v[.person] += 5 }
        if !modifier, let w = placeCues[beforeThe] { v[.place] += w }
        // "Medicare has the power", "Because Medicare is now able": what acts is rarely a place.
        if hasAfter, gapAfter == " ", agentVerbs.contains(after), r.lowerBound == line.lowerBound || a.startsSentence[r.lowerBound]
            || a.gap(before: r.lowerBound).hasSuffix(", ") || clauseOpeners.contains(beforeThe) {
            v[.place] -= 2
        }
        if !modifier, before == "of" || before == "the" || before == "with" {
            for phrase in placePhrases where r.lowerBound - phrase.count >= line.lowerBound {
                if zip((r.lowerBound - phrase.count)..<r.lowerBound, phrase).allSatisfy({ a.tokens[$0].lower == $1 }) {
                    v[.place] += 2
                }
            }
        }
        if a.lower(r.lowerBound, is: .compassWord) && r.count > 1 { v[.place] += 1 }
        if hasAfter && a.lower(r.upperBound, is: .eventWord) { v[.place] += 2 }
        if !possessive && hasAfter && a.lower(r.upperBound, is: .organisationCueAfter) { v[.organization] += 2 }
        for phrase in organisationPhrases where (before == "of" || before == "the") && r.lowerBound - phrase.count >= line.lowerBound {
            if zip((r.lowerBound - phrase.count)..<r.lowerBound, phrase).allSatisfy({ a.tokens[$0].lower == $1 }) {
                v[.organization] += 3
                break
            }
        }
        // "…,” said John Podesta": a name right after a saying verb.
        if !isAcronym, r.lowerBound > line.lowerBound, a.gap(before: r.lowerBound) == " ", a.lower(r.lowerBound - 1, is: .speechVerb),
           a.tokens[r.lowerBound - 1].text == before, !(hasAfter && (gapAfter == " " || gapAfter == ". ") && a.lower(r.upperBound, is: .title)) {   // not "said U.S. Secretary …"
            v[.person] += 2
        }
        if !isAcronym && ((hasAfter && a.lower(r.upperBound, is: .speechVerb) && !nounLikeVerbs.contains(after))
                          || (gapAfter == ", " && after == "who")) {
            v[.person] += 2
        }
        if !isAcronym, r.lowerBound > line.lowerBound, a.gap(before: r.lowerBound) == " ",
           a.tokens[r.lowerBound - 1].text == before, personNouns.contains(before) {
            v[.person] += 3   // "the author Ralph Leighton"
        }
        if hasInitial(a, r) { v[.person] += 3 }   // "Karen L. Shanton"
        if isCited(a, r, line: line) { v[.person] += 4 }   // "(Leighton, 1991)"
        if isAffiliated(a, r, line: line) { v[.person] += 3 }   // "Brad Story of the University of Arizona"
        if !isAcronym, inParentheses(a, r, line: line) { v[.place] += 3 }   // "Port of Portland (Oregon)"
        if inPlaceList(a, r, line: line) { v[.place] += 3 }   // "in 7 states: California, Florida, …"
        if endsAddress(a, r, line: line) { v[.place] += 3 }   // "…, Oslo, Norway"
        if r.lowerBound == line.lowerBound, isAcronym || r.allSatisfy({ a.tokens[$0].isAllCaps }),
           gapAfter.unicodeScalars.contains(where: { "—–".unicodeScalars.contains($0) }) {
            v[.place] += 3   // a dateline: "WASHINGTON – Today, …"
        }
        // "Al-Qaeda", "al-Shabaab": one word with the Arabic article names a group.
        if firstWord == "al" || firstWord == "el", wordCount(m.surface) == 1 { v[.organization] += 2 }
        // "Haider al-Abadi", "bin Laden", "Abu Bakr" — not "El Paso".
        if r.count >= 2, !hasOrganisationWord, r.contains(where: { i in
            let w = a.tokens[i].lower
            return w == "bin" || w == "ibn" || w == "abu" || ((w == "al" || w == "el") && i > r.lowerBound && hyphenated(a, i))
        }) {
            if wordCount(m.surface) >= 2 { v[.person] += 2 }
        }
        return v
    }

    private static func hyphenated(_ a: TokenizedText, _ i: Int) -> Bool { EntityFinder.hyphens.contains(a.gap(after: i)) }

    /// "Jerome H. Powell", "R. Sam Garrett": an initial with a full stop inside a longer name.
    private static func hasInitial(_ a: TokenizedText, _ r: Range<Int>) -> Bool {
        guard r.count >= 3 else { return false }
        return r.dropLast().contains { a.tokens[$0].scalarCount == 1 && a.gap(after: $0) == ". " }
    }

    /// "(Leighton, 1991)", "(Nigrinis 2025)", "(Bergevin et al., 2020)", "(Shackleton and Carlyon, 1994)":
    /// a name cited with a year.
    private static func isCited(_ a: TokenizedText, _ r: Range<Int>, line: Range<Int>) -> Bool {
        var k = r.upperBound
        // "Shackleton and Carlyon, 1994": skip the other author.
        if k + 1 < line.upperBound, a.tokens[k].text == "and", a.tokens[k + 1].isCapitalized { k += 2 }
        if k + 1 < line.upperBound, a.tokens[k].text == "et", a.tokens[k + 1].text == "al" { return true }
        guard k < line.upperBound, a.tokens[k].isDigits, a.tokens[k].text.count == 4 else { return false }
        let gap = a.gap(before: k)
        return (gap == ", " || gap == " ") && a.gap(after: k).hasPrefix(")")
    }

    /// "Christopher Bergevin of York University": a name followed by "of" and an organisation.
    private static func isAffiliated(_ a: TokenizedText, _ r: Range<Int>, line: Range<Int>) -> Bool {
        guard r.count >= 2, r.upperBound + 1 < line.upperBound, a.tokens[r.upperBound].text == "of",
              !r.contains(where: { a.lower($0, is: .organisationWord) || a.lower($0, is: .placeWord) }) else { return false }
        var k = r.upperBound + 1
        if a.tokens[k].text == "the" { k += 1 }
        var seen = 0
        while k < line.upperBound, a.tokens[k].isCapitalized || a.tokens[k].text == "of", seen < 6 {
            if a.lower(k, is: .organisationWord) { return true }
            if a.gap(after: k) != " " { break }
            k += 1; seen += 1
        }
        return false
    }

    /// "Foundation (California)": a name alone in parentheses right after another name.
    private static func inParentheses(_ a: TokenizedText, _ r: Range<Int>, line: Range<Int>) -> Bool {
        guard r.lowerBound > line.lowerBound, a.gap(before: r.lowerBound).hasSuffix(" ("), a.tokens[r.lowerBound - 1].isCapitalized
        else { return false }
        let after = a.gap(after: r.upperBound - 1)
        guard after.hasPrefix(")") else { return false }
        // "(ACT Now) Initiative" is part of a name; "(California)" ends one.
        return r.upperBound == line.upperBound || !(after == ") " && a.tokens[r.upperBound].isCapitalized)
    }

    /// A name in a list after "states:" or "states, including".
    private static func inPlaceList(_ a: TokenizedText, _ r: Range<Int>, line: Range<Int>) -> Bool {
        // Only a name after a colon, a comma, "and", "or" or "including" can stand in such a list.
        guard r.lowerBound > line.lowerBound, a.gap(before: r.lowerBound) != " " || a.lower(r.lowerBound - 1, is: .coordinator)
                || a.tokens[r.lowerBound - 1].lower == "including" else { return false }
        var k = r.lowerBound - 1
        var steps = 0
        while k >= line.lowerBound, steps < 40 {
            let t = a.tokens[k]
            let gap = a.gap(after: k)
            if gap.contains(":") || t.lower == "including" {
                let noun = t.lower == "including" && k > line.lowerBound ? a.tokens[k - 1].lower : t.lower
                return placeListNouns.contains(noun)
            }
            guard t.isCapitalized || t.text == "and" || t.text == "or", gap == " " || gap == ", " else { return false }
            k -= 1; steps += 1
        }
        return false
    }

    /// "…, Jackson Hole, Wyoming" at the end of a line or sentence: the last two of a comma list, as in an address.
    private static func endsAddress(_ a: TokenizedText, _ r: Range<Int>, line: Range<Int>) -> Bool {
        guard r.lowerBound > line.lowerBound, a.gap(before: r.lowerBound) == ", " else { return false }
        func end(_ i: Int) -> Bool {
            let gap = a.gap(after: i)
            return i == line.upperBound - 1 ? gap.trimmingTrailingSpace.isEmpty || gap.hasPrefix(".") : gap.hasPrefix(".") && a.startsSentence[i + 1]
        }
        func nameStart(_ last: Int) -> Int {
            var s = last
            while s > line.lowerBound, a.tokens[s - 1].isCapitalized, a.gap(after: s - 1) == " " { s -= 1 }
            return s
        }
        let last = r.upperBound - 1
        if end(last), r.lowerBound > line.lowerBound, a.gap(before: r.lowerBound) == ", ", a.tokens[r.lowerBound - 1].isCapitalized {
            let s = nameStart(r.lowerBound - 1)
            return s > line.lowerBound && a.gap(before: s) == ", "
        }
        if a.gap(after: last) == ", ", last + 1 < line.upperBound, a.tokens[last + 1].isCapitalized, r.lowerBound > line.lowerBound,
           a.gap(before: r.lowerBound) == ", " {
            var e = last + 1
            while e + 1 < line.upperBound, a.tokens[e + 1].isCapitalized, a.gap(after: e) == " " { e += 1 }
            return end(e)
        }
        return false
    }

    /// Words that may stand between names listed together.
    static let coordinators = ["and", "or", "the"]

    /// The kinds of the names listed right beside this one: "Mosul, Raqqa, or Afghanistan" (places and
    /// organisations, with commas or "and"/"or"), "Chan and Zuckerberg" (people, with "and" only).
    /// With `personList`, a person-shaped name (two or three plain words) listed with commas beside a
    /// person is a person too; otherwise people pass their kind only through "and".
    private static func coordinated(_ a: TokenizedText, _ tokens: Range<Int>, _ kinds: [EntityKind?], personList: Bool) -> [EntityKind] {
        let line = a.lines[a.tokens[tokens.lowerBound].line].tokens
        var found: [EntityKind] = []
        func compound(_ i: Int) -> Bool { EntityFinder.hyphens.contains(a.gap(after: i)) }   // "ISIS-inspired"
        // Look left past "and"/"or"/"the" and a comma for a listed name; likewise to the right.
        var i = tokens.lowerBound - 1
        while i >= line.lowerBound && a.lower(i, is: .coordinator) { i -= 1 }
        if i >= line.lowerBound, let kind = kinds[i], i < tokens.lowerBound - 1 || a.gap(after: i).hasPrefix(",") {
            if kind != .person || personList || (i == tokens.lowerBound - 2 && a.tokens[i + 1].text == "and") { found.append(kind) }
        }
        var j = tokens.upperBound
        while j < line.upperBound && a.lower(j, is: .coordinator) { j += 1 }
        if j < line.upperBound, let kind = kinds[j], !compound(j), j > tokens.upperBound || a.gap(after: tokens.upperBound - 1).hasPrefix(",") {
            if kind != .person || personList || (j == tokens.upperBound + 1 && a.tokens[tokens.upperBound].text == "and") { found.append(kind) }
        }
        return found
    }

    /// Surnames, "al-" forms, spelt-out acronyms ("FHWA", "U.S."), head words ("the Committee"),
    /// shortened first words ("the Fed") and the ends of names ("the Postal Service") join the full name
    /// they stand for.
    private static func merge(_ candidates: [Candidate], acronyms: AcronymDefinitions) -> [Candidate] {
        var merged = candidates
        var removed: Set<Int> = []
        func stripAl(_ s: String) -> String {
            for prefix in ["al-", "Al-", "el-", "El-", "al ", "Al "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
            return s
        }
        func initials(_ s: String) -> String {
            String(s.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first }.filter(\.isUppercase))
        }
        func hasHeadWord(_ s: String, _ list: WordList) -> Bool {
            s.split(separator: " ").contains { list.contains($0.lowercased()) }
        }
        func isDotted(_ s: String) -> Bool {
            s.count >= 3 && s.enumerated().allSatisfy { k, c in k % 2 == 0 ? c.isUppercase : c == "." }
        }
        func personLike(_ c: Candidate) -> Bool {
            c.votes[.person] > 0 && c.votes[.person] >= max(c.votes[.organization], c.votes[.place])
        }
        // Index the candidates by surface, initials, last word, head word and name ending once, so merging stays linear.
        var bySurface: [String: Int] = [:]
        var byInitials: [String: [Int]] = [:]
        var byLastWord: [String: [Int]] = [:]
        var byHeadWord: [String: [Int]] = [:]
        var byEnding: [String: [Int]] = [:]
        var byFirstLetters: [String: [(word: String, candidate: Int)]] = [:]
        var byBeginning: [String: [Int]] = [:]
        for (j, c) in candidates.enumerated() {
            let surface = c.surfaces[0]
            if bySurface[surface] == nil || candidates[bySurface[surface] ?? j].isDocument { bySurface[surface] = j }
            let words = surface.split(separator: " ")
            guard c.words >= 2 || stripAl(surface) != surface, let last = words.last else { continue }
            byInitials[initials(surface), default: []].append(j)
            let bodyName = hasHeadWord(surface, organisationWords) || hasHeadWord(surface, placeWords)
            guard !c.isDocument else { continue }
            // "U.S. District Court for the Southern District of New York" → "U.S. District Court", "House of Representatives" → "House".
            if let of = words.firstIndex(where: { ["of", "for", "on"].contains($0) }), of > 0,
               organisationWords.contains(words[of - 1].lowercased()) {
                byBeginning[words[..<of].joined(separator: " "), default: []].append(j)
            }
            if bodyName, organisationWords.contains(last.lowercased()) || placeWords.contains(last.lowercased()) {
                byHeadWord[String(last), default: []].append(j)
                for k in 1..<max(1, words.count - 1) { byEnding[words[k...].joined(separator: " "), default: []].append(j) }
            }
            if bodyName, let first = words.first, first.count > 3, first.allSatisfy(\.isLetter) {
                byFirstLetters[String(first.prefix(3)), default: []].append((String(first), j))
            }
            if !bodyName, c.words <= 4 { byLastWord[stripAl(String(last)), default: []].append(j) }
        }
        for (i, c) in candidates.enumerated() where !c.isDocument {
            let surface = c.surfaces[0]
            var targets: [Int] = []
            if let t = byBeginning[surface], !t.contains(i) {
                targets = t
            } else if c.words >= 2 {
                targets = byEnding[surface] ?? []   // "the Postal Service"
            } else if c.isAcronym || isDotted(surface) {
                let letters = surface.filter { $0 != "." }
                if let full = acronyms.expansions[surface], let t = bySurface[full] {
                    targets = [t]
                } else {
                    targets = byInitials[letters] ?? []
                    if targets.isEmpty && letters.count >= 4 {
                        for k in 2..<letters.count { targets += byInitials[String(letters.prefix(k))] ?? [] }
                    }
                }
            } else {
                // A surname joins the full name when one of them reads as a person's, or the full name is two
                // plain words ("Arnold Schwarzenegger … Schwarzenegger donated").
                targets = (byLastWord[stripAl(surface)] ?? []).filter {
                    $0 != i && (personLike(c) || personLike(candidates[$0]) || (candidates[$0].words == 2 && c.votes[.organization] == 0
                        && c.votes[.place] <= 0 && candidates[$0].votes[.organization] == 0 && candidates[$0].votes[.place] <= 0))
                }
                if targets.isEmpty { targets = byHeadWord[surface] ?? [] }   // "the Committee"
                if targets.isEmpty, (3...4).contains(surface.count), surface.allSatisfy(\.isLetter), c.votes[.person] == 0 {   // "the Fed"
                    targets = (byFirstLetters[String(surface.prefix(3))] ?? [])
                        .filter { $0.word.count > surface.count && $0.word.hasPrefix(surface) }.map(\.candidate)
                }
            }
            guard Set(targets).count == 1, let t = targets.first, t != i, !removed.contains(t) else { continue }
            let surname = !c.isAcronym && c.words == 1 && byLastWord[stripAl(surface)]?.contains(t) == true
            merged[t].surfaces.append(contentsOf: merged[i].surfaces)
            merged[t].mentions.append(contentsOf: merged[i].mentions)
            merged[t].votes += merged[i].votes
            merged[t].isGeneric = false
            // A full name later shortened to its last word is how people are named.
            if surname { merged[t].votes[.person] += 3 }
            removed.insert(i)
        }
        return merged.indices.filter { !removed.contains($0) }.map { merged[$0] }
    }

    /// Title words and an apposition after the first full mention:
    /// "Michael Nagata, a senior Army special operations officer and a director at …".
    private static func role(_ a: TokenizedText, _ mentions: [NameMention]) -> String? {
        var parts: [String] = []
        if let title = mentions.compactMap(\.title).max(by: { $0.count < $1.count }) { parts.append(title) }
        for m in mentions {
            let line = a.lines[a.tokens[m.tokens.lowerBound].line].tokens
            let end = m.tokens.upperBound - 1
            let gap = a.gap(after: end)
            guard end + 1 < line.upperBound else { continue }
            let dash = ["—", "–", " — ", " – ", "--"].contains(gap)
            guard dash || (gap == ", " && ["a", "an", "the"].contains(a.tokens[end + 1].lower)) else { continue }
            var last = end + 1
            while last + 1 < line.upperBound, last + 1 < end + 21, !speechVerbs.contains(a.tokens[last + 1].lower) {
                let g = a.gap(after: last)
                if g.unicodeScalars.contains(where: { ",—–()".unicodeScalars.contains($0) }) || a.startsSentence[last + 1] { break }
                last += 1
            }
            parts.append(a.text(from: end + 1, through: last))
            break
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
