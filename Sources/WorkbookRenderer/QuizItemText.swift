import PacketModel

/// How a quiz item is shown to a student, and what to type in its answer cell.
enum QuizItemText {
    /// The stem followed by the lettered options, prompts or items to order.
    static func question(_ item: QuizItem) -> String {
        let lettered = item.options.enumerated().map { "\(QuizItem.letter($0.offset)). \($0.element)" }
        switch item.answer {
        case .matching(let pairs):
            let prompts = pairs.enumerated().map { "\($0.offset + 1). \($0.element.prompt)" }
            return ([item.stem] + prompts + ["Matches:"] + lettered).joined(separator: "\n")
        case .parts:
            return ([item.stem] + item.parts.flatMap { part in
                [part.stem] + part.options.enumerated().map { "\(QuizItem.letter($0.offset)). \($0.element)" }
            }).joined(separator: "\n")
        default:
            return ([item.stem] + lettered).joined(separator: "\n")
        }
    }

    /// The input message for the answer cell (at most 255 characters).
    static func instructions(_ item: QuizItem) -> String {
        let letters = item.options.indices.map(QuizItem.letter)
        switch item.answer {
        case .choice: return "Pick one letter from the list: " + letters.joined(separator: ", ") + "."
        case .number: return "Type a number (digits only)."
        case .text: return "Type a short answer: a word or a few words."
        case .matching: return "Type the letter of the match for prompt 1, then 2, and so on, e.g. " + letters.joined() + "."
        case .ordering: return "Type the letters in the right order, e.g. " + letters.joined() + "."
        case .parts: return "Type the letter for Part A, then the letter for Part B, e.g. BD."
        case .rubric: return "Answer on paper or below; your teacher marks this one."
        }
    }

    /// A short label for the item type.
    static func typeLabel(_ type: QuizItemType) -> String {
        type.rawValue.replacingOccurrences(of: "-", with: " ")
    }
}
