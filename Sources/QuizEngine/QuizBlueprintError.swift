import PacketModel

/// The audience's blueprint cannot be met from the article's model: one message per shortfall,
/// each naming what to add to `model.yaml`.
package struct QuizBlueprintError: Error, Sendable, Hashable, CustomStringConvertible {
    package var audience: String
    package var problems: [String]

    package init(audience: String, problems: [String]) { self.audience = audience; self.problems = problems }

    /// One line per problem: `the high-school quiz blueprint (templates/high-school/audience.yaml) cannot be met: …`.
    package var messages: [String] {
        problems.map { "the \(audience) quiz blueprint (templates/\(audience)/audience.yaml) cannot be met: \($0)" }
    }

    package var description: String { messages.joined(separator: "\n") }

    /// What to add to `model.yaml` for more items of a skill.
    static func hint(_ skill: QuizSkill) -> String {
        switch skill {
        case .centralIdea:
            "add a thesis the article states, and link each paragraph's points to the one claim they support (relations of type supports)"
        case .argumentStructure:
            "add claims and link them with relations of type supports, and give evidence its 'supports'"
        case .evidence:
            "add evidence with 'supports' for the author's claims, and 'does_not_show' to statistics"
        case .counterargument:
            "add the opposing view the article raises (a claim with a relation of type attacks) and the author's answer (type rebuts)"
        case .craft:
            "add 'craft' notes: the author's loaded words, boosters, hedges or tone, each with 'words', 'device', 'effect' and 'excerpt'"
        case .numbers:
            "add statistics the article gives as exact numbers (not figures of speech or ranks)"
        case .vocabulary:
            "add vocabulary terms, at least three of the same part of speech"
        case .recall:
            "add quotes, 'described_as' to people (the article's own words about them) and events the article dates"
        }
    }
}
