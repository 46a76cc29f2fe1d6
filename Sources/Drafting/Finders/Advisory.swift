import PacketModel

/// Guesses a content advisory from how often the text uses words of violence.
enum Advisory {
    static let violentWords: WordList = [
        "kill", "killed", "killing", "killings", "dead", "deadliest", "death", "deaths", "murder", "murdered",
        "shot", "shooting", "bomb", "bombing", "bombs", "explosives", "attack", "attacks", "terrorist", "terrorism",
        "terrorists", "violence", "violent", "massacre", "war", "fighting", "weapon", "weapons", "knife", "gun",
        "guns", "militants", "barbarity", "blood", "torture", "execution", "executed", "rape", "suicide", "airstrike",
        "assaults", "crash", "crashing", "injured", "wounded", "victims",
    ]

    static func guess(_ a: TokenizedText, bodyLines: [Int]) -> ContentAdvisory {
        var count = 0
        var terror = false
        for l in bodyLines {
            for i in a.lines[l].tokens where a.lower(i, is: .violent) {
                count += 1
                if a.tokens[i].lower.hasPrefix("terror") { terror = true }
            }
        }
        let level: AdvisoryLevel = count == 0 ? .none : count < 3 ? .mild : count < 15 ? .moderate : .strong
        guard level != .none else { return ContentAdvisory(level: .none) }
        return ContentAdvisory(level: level, topics: [terror ? "terrorist violence" : "violence"],
                               teacherNote: "TODO: check — guessed from \(count) words of violence in the text.")
    }
}
