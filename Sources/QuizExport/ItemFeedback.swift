import PacketModel

extension QuizItem {
    /// The explanation followed by the paragraph it rests on: `Because … [¶4]`; an explanation
    /// that already cites its paragraph is not cited twice.
    var feedback: String {
        explanation.contains(citation) ? explanation : [explanation, citation].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The feedback, then the rubric (essays are marked against it).
    var feedbackWithRubric: String {
        [feedback, rubricText].filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The rubric as lines `Criterion (3 points): what full marks look like`.
    var rubricText: String {
        rubric.map { "\($0.criterion) (\($0.points) point\($0.points == 1 ? "" : "s")): \($0.description)" }
            .joined(separator: "\n")
    }
}
