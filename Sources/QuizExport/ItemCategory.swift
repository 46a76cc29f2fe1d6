import PacketModel

extension QuizItemType {
    /// The question-bank category an item of this type goes in, e.g. `Who said it`.
    var categoryName: String {
        switch self {
        case .multipleChoice: "Multiple choice"
        case .trueFalse: "True or false"
        case .numeric: "Numeric"
        case .matching: "Matching"
        case .ordering: "Ordering"
        case .shortAnswer: "Short answer"
        case .whoSaidIt: "Who said it"
        case .factOpinion: "Fact or opinion"
        case .claimEvidence: "Claim and evidence"
        case .twoPart: "Two-part"
        case .essay: "Essay"
        }
    }
}

/// The bank grouped by type in ``QuizItemType`` order, keeping bank order within a type.
func itemsByType(_ bank: [QuizItem]) -> [(type: QuizItemType, items: [QuizItem])] {
    QuizItemType.allCases.compactMap { type in
        let items = bank.filter { $0.type == type }
        return items.isEmpty ? nil : (type, items)
    }
}

/// The Moodle category path for a type: `$course$/top/<article id>/<type>`.
func moodleCategory(article: ArticleModel, type: QuizItemType) -> String {
    "$course$/top/\(article.id)/\(type.categoryName)"
}
