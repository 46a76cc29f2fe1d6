import PacketModel

/// The sentences true/false items are made of. The same functions state the model's true facts for
/// the self-check, so a statement built by swapping an attribute is judged against the model.
enum Statements {
    /// `Michael Nagata said: “…”.` (a direct quote) or a reported point, without quotation marks.
    static func quote(_ quote: Quote, speakerName: String) -> String {
        let speakerName = Quoting.capitalized(speakerName)
        return switch quote.mode {
        case .direct: "\(speakerName) said: \(Quoting.quoted(TextNormal.clause(quote.text)))."
        case .paraphrase: "According to the article, it was \(speakerName) who made this point: \(TextNormal.clause(quote.text))."
        }
    }

    /// `The article describes Michael Nagata as “…”.`
    static func description(of person: Entity, as words: String) -> String {
        "The article describes \(person.name) as \(Quoting.quoted(TextNormal.clause(words)))."
    }

    /// Every true statement of these kinds the model supports (for the speakers a quiz names).
    static func allTrue(in model: ArticleModel) -> Set<String> {
        var result: Set<String> = []
        for q in model.quotes {
            for name in names(of: q.speaker, in: model) { result.insert(TextNormal.key(quote(q, speakerName: name))) }
        }
        for p in model.people {
            if let words = p.describedAs { result.insert(TextNormal.key(description(of: p, as: words))) }
        }
        return result
    }

    /// Every way a quiz may name this speaker.
    static func names(of id: String, in model: ArticleModel) -> [String] {
        if id == "author" { return [model.metadata.author ?? "the author", "the author"] }
        guard let person = model.person(id) else { return [id] }
        return person.allNames + (person.describedAs.map { [$0] } ?? [])
    }

    /// ` people` after a number (` week` after 1), unless the unit is a percentage or the measure
    /// already names it.
    static func unitSuffix(_ stat: Statistic, value: Double = 2) -> String {
        guard !stat.isPercent, !stat.measures.lowercased().contains(stat.unit.lowercased()) else { return "" }
        let unit = value == 1 && stat.unit.hasSuffix("s") ? String(stat.unit.dropLast()) : stat.unit
        return " " + unit
    }

    /// How to write a numeric answer for this statistic.
    static func answerFormat(_ stat: Statistic) -> String {
        switch stat.unit {
        case "percent": "Answer with a percentage, without the % sign."
        case "rank": "Answer with a number (1 for first)."
        case "times": "Answer with a number."
        default: "Answer with a number of \(stat.unit)."
        }
    }
}
