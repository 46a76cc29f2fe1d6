/// The reading skill a quiz item assesses. An audience's blueprint (`quiz.blueprint.skills` in
/// `audience.yaml`) says how many items of each skill a form has.
package enum QuizSkill: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    /// The thesis, a paragraph's main idea, the author's purpose.
    case centralIdea = "central-idea"
    /// Which claim supports which; whether a statement is a fact, an opinion or a prediction.
    case argumentStructure = "argument-structure"
    /// Which evidence supports a claim, and what a piece of evidence or a number does not show.
    case evidence
    /// The opposing view the article raises and how the author answers it.
    case counterargument
    /// Loaded words, boosters, hedges and tone.
    case craft
    /// The article's figures.
    case numbers
    /// Words in context.
    case vocabulary
    /// Who said what, who is who, when things happened.
    case recall

    /// How the skill is named in answer keys: `central idea`, `argument structure`, ….
    package var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
