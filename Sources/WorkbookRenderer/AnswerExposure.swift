import PacketModel

/// Which quiz items a reference sheet would answer if students had it: the sheet shows the model
/// items those quiz items are built from, with the detail they ask for (a quote with its speaker,
/// a claim with its kind, a figure with what it measures).
enum AnswerExposure {
    /// Ids of the model items whose asked-about details the sheet shows.
    static func shownIDs(_ kind: WorkbookSheetKind, in model: ArticleModel) -> Set<String> {
        switch kind {
        case .argumentMap: Set(model.allClaims.map(\.id) + model.evidence.map(\.id))
        case .evidence: Set(model.evidence.map(\.id))
        case .statistics: Set(model.statistics.map(\.id))
        case .timeline: Set(model.events.map(\.id))
        case .peoplePlaces: Set(model.entities.map(\.id))
        case .quotes: Set(model.quotes.map(\.id))
        case .vocabulary: Set(model.vocabulary.map(\.id))
        case .overview, .article, .claimEvidence, .factOpinion, .checkNumbers, .wordsInContext, .quiz, .answerKey, .gradebook: []
        }
    }

    /// The quiz items (form A's order; every form has the same items) a sheet would answer. An
    /// essay is argued, not looked up; a person's role does not say what they said.
    static func answered(by kind: WorkbookSheetKind, _ input: RenderInput) -> [QuizItem] {
        let shown = shownIDs(kind, in: input.article)
        return input.quiz.formA.items.filter { item in
            item.type != .essay && !(kind == .peoplePlaces && item.type == .whoSaidIt) && !shown.isDisjoint(with: item.sources)
        }
    }

    /// A warning for each reference sheet in the student's workbook that answers quiz items.
    static func warnings(students sheets: [WorkbookSheet], _ input: RenderInput) -> [String] {
        sheets.filter { $0.kind.role == .reference }.compactMap { sheet in
            let items = answered(by: sheet.kind, input)
            guard !items.isEmpty else { return nil }
            let listed = items.prefix(4).map(\.id).joined(separator: ", ") + (items.count > 4 ? ", …" : "")
            return "student/workbook.xlsx: the '\(sheet.title)' sheet answers \(items.count) quiz item\(items.count == 1 ? "" : "s") "
                + "(\(listed)); students can look them up. Keep '\(sheet.kind.rawValue)' in the audience's 'workbook: teacher' list "
                + "only, or leave those question types out of 'quiz: types'."
        }
    }
}
