import PacketModel

/// A class that reads an adaptation must be able to answer every item from it: an item stays only
/// when each excerpt it rests on is in the adapted paragraph of the same number, compared as a
/// reader compares (case, curly quotes, punctuation and spacing do not count). The items keep the
/// article's words; only items whose support the adaptation lost are left out.
struct AdaptedSupport {
    /// The items the text the class reads supports.
    var kept: [QuizItem] = []
    /// The items left out, each with the excerpts the adaptation lacks.
    var lost: [(item: QuizItem, excerpts: [SupportingExcerpt])] = []
    /// What the class reads (`the grades 6–8 adaptation`).
    var textName = ""

    init(_ items: [QuizItem], reading: ReadingText, article: ArticleModel) {
        guard reading.isAdapted else { kept = items; return }
        textName = reading.name
        var keys: [Int: String?] = [:]
        func key(_ paragraph: Int) -> String? {
            if let known = keys[paragraph] { return known }
            let made = reading.text(of: paragraph, in: article).map { " " + TextNormal.key($0) + " " }
            keys[paragraph] = made
            return made
        }
        for item in items {
            let missing = item.support.filter { excerpt in
                guard let paragraph = key(excerpt.paragraph) else { return true }
                let wanted = TextNormal.key(excerpt.text)
                return !wanted.isEmpty && !paragraph.contains(" " + wanted + " ")
            }
            if missing.isEmpty { kept.append(item) } else { lost.append((item, missing)) }
        }
    }

    /// The manifest's note: which items are left out, by skill (`nil` when none is).
    var note: String? {
        guard !lost.isEmpty else { return nil }
        let total = kept.count + lost.count
        return "left out \(lost.count) of \(total) items because \(textName), which the class reads, lacks the words they cite: "
            + lost.map { "\($0.item.id) (\($0.item.skill.rawValue), ¶\(Set($0.excerpts.map(\.paragraph)).sorted().map(String.init).joined(separator: ", ¶")))" }
                .joined(separator: ", ")
    }

    /// For a blueprint the kept items cannot fill: the lost items of the skills it lacks, each with
    /// the words the adaptation would have to keep.
    func explanation(for skills: Set<QuizSkill>) -> String? {
        let relevant = lost.filter { skills.isEmpty || skills.contains($0.item.skill) }
        guard !relevant.isEmpty else { return nil }
        return "\(textName), which the class reads, lacks the words \(relevant.count) item\(relevant.count == 1 ? "" : "s") of these skills cite, "
            + "so they are left out; keep these phrases in the model's adaptation: "
            + relevant.map { entry in
                "\(entry.item.id) (\(entry.item.skill.rawValue)): "
                    + entry.excerpts.map { "¶\($0.paragraph) “\($0.text)”" }.joined(separator: " and ")
            }.joined(separator: "; ")
    }
}
