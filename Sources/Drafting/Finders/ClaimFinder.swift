import PacketModel

/// A sentence that reads like a claim, with a guessed kind.
struct RawClaim {
    var sentence: Range<Int>
    /// The cue word(s): the excerpt is grown around them.
    var anchor: Range<Int>
    var text: String
    var kind: ClaimKind
    var hedge: String?
    var score: Int
    var cues: [String]
}

/// Picks out sentences with prediction cues (will, won't, likely), obligations (should, must), hedges,
/// evaluative words and conclusion markers ("in other words", "the conclusion"), and scores them for
/// the thesis by cue strength, shared words with the headline, and position.
enum ClaimFinder {
    /// Prediction cues. "will" alone makes no prediction — "President Biden will announce" reports a plan —
    /// it takes another cue ("likely", "expected", "by 2030", a hedge) to make one.
    static let prediction: WordTable<Int> = ["will": 1, "likely": 2, "unlikely": 2, "expect": 1, "expected": 1, "future": 1,
                                             "remain": 1, "continue": 1, "forecast": 2, "predict": 2, "projected": 1,
                                             "probably": 2, "eventually": 1]
    static let policy: WordTable<Int> = ["should": 3, "must": 3, "ought": 3]
    static let evaluative: WordTable<Int> = [
        "clearly": 2, "clear": 2, "undoubtedly": 2, "obviously": 2, "certainly": 1, "precisely": 1, "exceedingly": 1,
        "important": 1, "better": 1, "worse": 1, "best": 1, "worst": 1, "effective": 1, "crucial": 2, "mistake": 2,
        "wrong": 2, "needless": 2, "prove": 2, "proves": 2, "shown": 1, "shows": 1, "caution": 2, "relevant": 1,
        "simply": 1, "merely": 1, "too": 1, "strange": 1, "critical": 2, "vital": 2, "essential": 2, "unfair": 2,
        "fair": 1, "irresponsible": 2, "appropriate": 1, "implausible": 2,
    ]
    static let markers: [[String]: Int] = [
        ["in", "other", "words"]: 3, ["the", "conclusion"]: 3, ["in", "fact"]: 2, ["of", "course"]: 1,
        ["this", "means"]: 2, ["therefore"]: 2, ["thus"]: 2, ["indeed"]: 1, ["the", "point"]: 2, ["in", "short"]: 2,
        ["need", "to"]: 2, ["needs", "to"]: 2, ["going", "to"]: 2, ["far", "more", "likely"]: 2,
    ]
    /// Every word that can start a cue or a hedge: one set lookup per word before anything else.
    static let cueWords = WordList(prediction.keys).union(policy.keys).union(evaluative.keys)
        .union(markers.keys.map { $0[0] }).union(hedges).union(["won"])
    static let markersByFirstWord = WordTable<[([String], Int)]>(Dictionary(grouping: markers.map { ($0.key, $0.value) }, by: { $0.0[0] }))
    static let hedges: WordList = ["largely", "likely", "probably", "perhaps", "possibly", "may", "might", "could",
                                   "almost", "nearly", "seems", "appears", "arguably", "increasingly", "generally",
                                   "often", "partly", "mostly", "somewhat"]

    static func find(_ a: TokenizedText, bodyLines: [Int], title: String) -> [RawClaim] {
        let titleWords = Set(TokenizedText(title).tokens.map(\.lower).filter { $0.count >= 4 && !EntityFinder.functionWords.contains($0) })
        // A title word no token has is in no sentence: the rest are compared by number.
        let titleNumbers = titleWords.compactMap { a.number(of: $0) }
        var claims: [RawClaim] = []
        for (position, l) in bodyLines.enumerated() {
            for sentence in a.sentences(inLine: l) where sentence.count >= 5 {
                guard var claim = claim(in: sentence, a) else { continue }
                let shared = titleNumbers.filter { n in sentence.contains { a.lowerIds[$0] == n } }.count
                claim.score += 2 * shared + (position == bodyLines.count - 1 ? 2 : 0) + (position == 0 ? 1 : 0)
                claims.append(claim)
            }
        }
        return claims
    }

    private static func claim(in sentence: Range<Int>, _ a: TokenizedText) -> RawClaim? {
        var score = 0
        var cues: [String] = []
        var anchor: Range<Int>?
        var anchorWeight = 0
        var isPolicy = false, isOpinion = false, futureTense = false
        var predictionCues = 0
        var hedge: String?
        for i in sentence {
            let word = a.tokens[i].lower
            guard a.lower(i, is: .claimCue) else { continue }
            var weight = 0
            if word == "won", i + 1 < sentence.upperBound, a.tokens[i + 1].lower == "t" {
                weight = 1; futureTense = true
            } else if let w = prediction[word] {
                weight = w
                if word == "will" { futureTense = true } else { predictionCues += 1 }
            } else if let w = policy[word] {
                weight = w; isPolicy = true
            } else if let w = evaluative[word] {
                weight = w; isOpinion = true
            }
            for (phrase, w) in markersByFirstWord[word] ?? [] where i + phrase.count <= sentence.upperBound
                && zip(i..<(i + phrase.count), phrase).allSatisfy({ a.tokens[$0].lower == $1 }) {
                weight = max(weight, w); isOpinion = true
            }
            if weight > 0 {
                score += weight
                cues.append(a.tokens[i].text)
                if weight > anchorWeight { anchor = i..<(i + 1); anchorWeight = weight }
            }
            if hedge == nil, hedges.contains(word) { hedge = a.tokens[i].text }
        }
        if hedge != nil { score += 1 }
        let isPrediction = predictionCues > 0 && (futureTense || predictionCues > 1 || score >= 3)
            || (futureTense && hedge != nil)
        guard score >= 2, let anchor else { return nil }
        let kind: ClaimKind = isPolicy ? .policy : isPrediction ? .prediction : isOpinion ? .opinion : .fact
        let last = min(sentence.upperBound - 1, sentence.lowerBound + 44)
        var text = a.text(from: sentence.lowerBound, through: last)
        if last < sentence.upperBound - 1 { text += " …" }
        return RawClaim(sentence: sentence, anchor: anchor, text: text, kind: kind, hedge: hedge, score: score,
                        cues: cues)
    }
}
