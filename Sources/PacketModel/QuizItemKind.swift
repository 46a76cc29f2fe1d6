/// What a quiz item asks about. The quiz self-check judges every option of a choice item against
/// the model by its kind, so a generator can never key an answer the model does not support.
package enum QuizItemKind: String, Codable, Sendable, CaseIterable {
    /// A statistic's value (multiple choice or a number to write).
    case statisticValue = "statistic-value"
    /// What a statistic does not show.
    case statisticLimit = "statistic-limit"
    /// When an event happened, as the article dates it.
    case eventDate = "event-date"
    /// Events in the order they happened.
    case eventOrder = "event-order"
    /// What a word means in its sentence.
    case termMeaning = "term-meaning"
    /// The word that has a given meaning.
    case termForMeaning = "term-for-meaning"
    /// Words matched to their meanings.
    case termsMatched = "terms-matched"
    /// How the article describes a person, in its own words.
    case personDescription = "person-description"
    /// The person the article describes in these words.
    case personForDescription = "person-for-description"
    /// People matched to the article's descriptions of them.
    case peopleMatched = "people-matched"
    /// Who said a quotation.
    case quoteSpeaker = "quote-speaker"
    /// True or false: a statement about who said a quotation or how the article describes a person.
    case statement
    /// Fact, opinion, prediction, value judgement or policy proposal.
    case claimKind = "claim-kind"
    /// The author's central claim.
    case thesis
    /// The main idea of a paragraph.
    case mainIdea = "main-idea"
    /// Which evidence supports a claim.
    case evidenceForClaim = "evidence-for-claim"
    /// Which claim a piece of evidence supports.
    case claimForEvidence = "claim-for-evidence"
    /// Which larger point a claim supports.
    case claimForClaim = "claim-for-claim"
    /// The opposing view the article raises.
    case opposingView = "opposing-view"
    /// How the author answers an opposing view.
    case authorsAnswer = "authors-answer"
    /// Which words of the article support an answer (Part B of a two-part item).
    case supportingExcerpt = "supporting-excerpt"
    /// The effect of a word or phrase the author chose.
    case wordEffect = "word-effect"
    /// Written by the model's editor (discussion and essay prompts), or a two-part item as a whole.
    case authored
}
