import PacketModel

extension QuizItem {
    /// The explanation followed by the paragraph it rests on: `Because … [¶4]`; an explanation
    /// that already cites a paragraph is not cited again.
    var feedback: String {
        explanation.bytesContain("[¶") ? explanation : [explanation, citation].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Where a teacher finds the rubrics a format keeps from students.
    static let rubricLocation = "teacher/answer-key-*.txt and teacher/quiz.json"

    /// The rubric as lines `Criterion (3 points): what full marks look like`.
    var rubricText: String {
        rubric.map { "\($0.criterion) (\($0.points) point\($0.points == 1 ? "" : "s")): \($0.description)" }
            .joined(separator: "\n")
    }
}
