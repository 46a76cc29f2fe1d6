import PacketModel

/// The sentences true/false items are made of. The same functions state the model's true facts for
/// the self-check, so a statement built by swapping an attribute is judged against the model.
enum Statements {
    static func quote(_ quote: Quote, speakerName: String) -> String {
        let speakerName = speakerName.prefix(1).uppercased() + speakerName.dropFirst()
        return switch quote.mode {
        case .direct: "\(speakerName) said: “\(TextNormal.clause(quote.text))”."
        case .paraphrase: "According to the article, it was \(speakerName) who made this point: \(TextNormal.clause(quote.text))."
        }
    }

    static func statistic(_ stat: Statistic, value: Double) -> String {
        let about = stat.approximate ? "about " : ""
        return "The article gives the figure \(about)\(ValueText.number(value, percent: stat.isPercent))\(unitSuffix(stat, value: value)) for \(TextNormal.definite(TextNormal.clause(stat.measures)))."
    }

    static func event(_ event: TimelineEvent, date: PartialDate) -> String {
        let when = date.precision == .day ? "on \(ValueText.date(date))" : "in \(ValueText.date(date))"
        return "According to the article, this happened \(when): \(TextNormal.clause(event.description))."
    }

    static func role(of person: Entity, role: String) -> String {
        "\(person.name) is described in the article as: \(TextNormal.clause(role))."
    }

    /// Every true statement of these kinds the model supports.
    static func allTrue(in model: ArticleModel) -> Set<String> {
        var result: Set<String> = []
        for q in model.quotes { result.insert(TextNormal.key(quote(q, speakerName: model.displayName(for: q.speaker)))) }
        for s in model.statistics { result.insert(TextNormal.key(statistic(s, value: s.value.representative))) }
        for e in model.events { result.insert(TextNormal.key(event(e, date: e.date))) }
        for p in model.people { result.insert(TextNormal.key(role(of: p, role: p.role))) }
        return result
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
