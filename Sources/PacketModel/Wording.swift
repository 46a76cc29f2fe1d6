/// How claim kinds, genres and lists read in a sentence, for every text renderer.
extension ClaimKind {
    /// `a fact`, `an opinion`, `a prediction`, `a value judgement`, `a policy proposal`.
    package var phrase: String {
        switch self {
        case .fact: "a fact"
        case .opinion: "an opinion"
        case .prediction: "a prediction"
        case .value: "a value judgement"
        case .policy: "a policy proposal"
        }
    }

    /// `Fact`, `Opinion`, `Prediction`, `Value judgement`, `Policy proposal`: as an option or a label.
    package var label: String {
        switch self {
        case .fact: "Fact"
        case .opinion: "Opinion"
        case .prediction: "Prediction"
        case .value: "Value judgement"
        case .policy: "Policy proposal"
        }
    }
}

extension Genre {
    /// `a news report`, `an opinion piece`, `an analysis`, `an editorial`, `a speech`, …
    package var phrase: String {
        switch self {
        case .news: "a news report"
        case .opinion: "an opinion piece"
        case .analysis: "an analysis"
        case .editorial: "an editorial"
        case .speech: "a speech"
        case .science: "a science article"
        case .explainer: "an explainer"
        }
    }

    /// How every text speaks of this kind of writing: see ``GenreWording``.
    package var wording: GenreWording { GenreWording(self) }
}

extension Array where Element == String {
    /// `a`, `a and b`, `a, b and c`.
    package var joinedAsList: String {
        switch count {
        case 0: ""
        case 1: self[0]
        default: dropLast().joined(separator: ", ") + " and " + self[count - 1]
        }
    }
}
