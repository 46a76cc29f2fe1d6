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

/// Merges name mentions into entities (surnames, "al-" forms and acronyms become aliases) and decides
/// whether each is a person, an organisation or a place from the words around its mentions.
enum EntityClassifier {
    static let organisationWords: WordList = [
        "force", "forces", "army", "navy", "center", "centre", "program", "programme", "agency", "department",
        "ministry", "university", "college", "council", "party", "police", "institute", "committee", "group",
        "bank", "company", "inc", "corp", "association", "foundation", "organization", "organisation", "union",
        "court", "congress", "parliament", "senate", "commission", "office", "service", "times", "post", "news",
        "journal", "network", "front", "brigade", "brigades", "coalition", "movement", "academy", "school",
        "hospital", "church", "league", "federation", "society", "board", "bureau", "authority", "administration",
        "corps", "guard", "press", "magazine", "institution", "fund",
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
    ]
    static let placePhrases: [[String]] = [["banks", "of", "the"], ["coast", "of"], ["capital", "of"], ["city", "of"],
                                           ["outskirts", "of"], ["streets", "of"], ["border", "with"]]
    static let compassWords: WordList = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"]
    static let organisationCuesAfter: WordList = [
        "correspondent", "journal", "report", "reporter", "spokesman", "spokeswoman", "officials", "official",
        "analysts", "forces", "militants", "fighters", "commanders", "brand", "members", "leadership", "newspaper",
        "agency", "supporters", "recruits", "propaganda", "study", "survey", "poll", "website", "statement",
    ]
    static let speechVerbs: WordList = [
        "said", "says", "say", "told", "tells", "argued", "argues", "added", "adds", "wrote", "writes", "warned",
        "warns", "explained", "explains", "noted", "notes", "stated", "states", "claimed", "claims", "insisted",
        "insists", "asked", "asks", "replied", "recalled", "described", "declared", "announced", "admitted",
        "acknowledged", "suggested", "observed", "remarked", "urged", "continued", "according", "believes",
        "believed", "thinks", "predicted", "predicts", "conceded", "concluded", "contends", "contended",
    ]

    private struct Candidate {
        var surfaces: [String]
        var mentions: [NameMention]
        var votes = Votes()
        var words: Int
        var isAcronym: Bool
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

    static func classify(_ a: TokenizedText, mentions: [NameMention]) -> (entities: [FoundEntity], notes: [String]) {
        // Group by surface, keeping first-appearance order.
        var candidates: [Candidate] = []
        var candidateOfSurface: [String: Int] = [:]
        for m in mentions {
            let k: Int
            if let known = candidateOfSurface[m.surface] {
                k = known
            } else {
                k = candidates.count
                candidateOfSurface[m.surface] = k
                candidates.append(Candidate(surfaces: [m.surface], mentions: [], words: wordCount(m.surface),
                                            isAcronym: a.tokens[m.tokens.lowerBound].isAllCaps && m.tokens.count == 1))
            }
            candidates[k].mentions.append(m)
            candidates[k].votes += votes(a, m)
        }
        candidates = merge(candidates)
        // Coordination: "Mosul, Raqqa, or Afghanistan" — a name listed with places is a place.
        let firstPass = candidates.map { best($0.votes) }
        var kindAtToken = [EntityKind?](repeating: nil, count: a.tokens.count)
        for (c, kind) in zip(candidates, firstPass) {
            guard let kind else { continue }
            for m in c.mentions { kindAtToken[m.tokens.lowerBound] = kind; kindAtToken[m.tokens.upperBound - 1] = kind }
        }
        for c in candidates.indices {
            for m in candidates[c].mentions where coordinatedWithPlace(a, m.tokens, kindAtToken) {
                candidates[c].votes[.place] += 2
            }
        }
        var entities: [FoundEntity] = []
        var notes: [String] = []
        for c in candidates {
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

    private static func best(_ votes: Votes) -> EntityKind? {
        // Ties go to the first of organisation, place, person.
        var top: EntityKind?
        for kind in [EntityKind.organization, .place, .person] where votes[kind] > (top.map { votes[$0] } ?? 0) {
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

    private static func votes(_ a: TokenizedText, _ m: NameMention) -> Votes {
        var v = Votes()
        let words = m.tokens.map { a.tokens[$0].lower }
        let line = a.lines[a.tokens[m.tokens.lowerBound].line].tokens
        let before = m.tokens.lowerBound > line.lowerBound ? a.tokens[m.tokens.lowerBound - 1].lower : ""
        let beforeThe = before == "the" && m.tokens.lowerBound - 1 > line.lowerBound ? a.tokens[m.tokens.lowerBound - 2].lower : before
        let after = m.tokens.upperBound < line.upperBound ? a.tokens[m.tokens.upperBound].lower : ""
        let possessive = ["’", "'"].contains(a.gap(after: m.tokens.upperBound - 1)) && after == "s"
        let isAcronym = m.tokens.count == 1 && a.tokens[m.tokens.lowerBound].isAllCaps
        let hasOrganisationWord = m.tokens.contains { a.lower($0, is: .organisationWord) }
        let hasPlaceWord = m.tokens.contains { a.lower($0, is: .placeWord) }
        if hasOrganisationWord { v[.organization] += 5 }
        if words.last == "state" && words.first != "united" { v[.organization] += 5 }
        if hasPlaceWord || (words.first == "united" && words.last == "states") {
            v[.place] += 5
        }
        if m.title != nil { v[.person] += 5 }
        if let w = placeCues[beforeThe] { v[.place] += w }
        for phrase in placePhrases where m.tokens.lowerBound - phrase.count >= line.lowerBound {
            if zip((m.tokens.lowerBound - phrase.count)..<m.tokens.lowerBound, phrase).allSatisfy({ a.tokens[$0].lower == $1 }) {
                v[.place] += 2
            }
        }
        let hasAfter = m.tokens.upperBound < line.upperBound
        if a.lower(m.tokens.lowerBound, is: .compassWord) && m.tokens.count > 1 { v[.place] += 1 }
        if hasAfter && a.lower(m.tokens.upperBound, is: .eventWord) { v[.place] += 2 }
        if !possessive && hasAfter && a.lower(m.tokens.upperBound, is: .organisationCueAfter) { v[.organization] += 2 }
        if isAcronym { v[.organization] += 1 }
        if !isAcronym && ((hasAfter && a.lower(m.tokens.upperBound, is: .speechVerb)) || (a.gap(after: m.tokens.upperBound - 1) == ", " && after == "who")) {
            v[.person] += 2
        }
        let spaced = wordCount(m.surface)
        if spaced >= 2 && !hasOrganisationWord && !hasPlaceWord {
            v[.person] += 1
            if words.contains(where: { ["al", "bin", "ibn", "abu", "el"].contains($0) }) { v[.person] += 2 }
        } else if spaced == 1 && (words.first == "al" || words.first == "el") {
            v[.organization] += 1
        }
        return v
    }

    /// Words that may stand between names listed together.
    static let coordinators = ["and", "or", "the"]

    private static func coordinatedWithPlace(_ a: TokenizedText, _ tokens: Range<Int>, _ kinds: [EntityKind?]) -> Bool {
        let line = a.lines[a.tokens[tokens.lowerBound].line].tokens
        // Look left past "and"/"or"/"the" and a comma for a place; likewise to the right.
        var i = tokens.lowerBound - 1
        while i >= line.lowerBound && a.lower(i, is: .coordinator) { i -= 1 }
        if i >= line.lowerBound, kinds[i] == .place, i < tokens.lowerBound - 1 || a.gap(after: i).hasPrefix(",") { return true }
        var j = tokens.upperBound
        while j < line.upperBound && a.lower(j, is: .coordinator) { j += 1 }
        return j < line.upperBound && kinds[j] == .place && (j > tokens.upperBound || a.gap(after: tokens.upperBound - 1).hasPrefix(","))
    }

    /// Surnames, "al-" forms and acronyms join the full name they stand for.
    private static func merge(_ candidates: [Candidate]) -> [Candidate] {
        var merged = candidates
        var removed: Set<Int> = []
        func stripAl(_ s: String) -> String {
            for prefix in ["al-", "Al-", "el-", "El-", "al ", "Al "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
            return s
        }
        func initials(_ s: String) -> String {
            String(s.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first }.filter(\.isUppercase))
        }
        // Index the candidates by initials and by last word once, so merging stays linear.
        var byInitials: [String: [Int]] = [:]
        var byLastWord: [String: [Int]] = [:]
        for (j, c) in candidates.enumerated() {
            let surface = c.surfaces[0]
            if c.words >= 2 { byInitials[initials(surface), default: []].append(j) }
            let v = c.votes
            guard (c.words >= 2 || stripAl(surface) != surface), let last = surface.split(separator: " ").last,
                  v[.person] > 0, v[.person] >= max(v[.organization], v[.place]) else { continue }
            byLastWord[stripAl(String(last)), default: []].append(j)
        }
        for (i, c) in candidates.enumerated() where c.words == 1 {
            let surface = c.surfaces[0]
            var targets: [Int] = []
            if c.isAcronym {
                targets = byInitials[surface] ?? []
                if targets.isEmpty && surface.count >= 4 {
                    for k in 2..<surface.count { targets += byInitials[String(surface.prefix(k))] ?? [] }
                }
            } else {
                targets = (byLastWord[stripAl(surface)] ?? []).filter { $0 != i }
                let full = targets.filter { candidates[$0].words >= 2 }
                if !full.isEmpty { targets = full }
            }
            guard targets.count == 1, let t = targets.first else { continue }
            merged[t].surfaces.append(contentsOf: merged[i].surfaces)
            merged[t].mentions.append(contentsOf: merged[i].mentions)
            merged[t].votes += merged[i].votes
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
