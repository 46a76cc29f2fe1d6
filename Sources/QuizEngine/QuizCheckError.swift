/// The quiz self-check failed: one message per broken rule, naming the form and the item.
public struct QuizCheckError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Each broken rule, e.g. `form A: who-said-it.q2: distractor "Donald Trump" is also true in the model`.
    public var problems: [String]

    public init(problems: [String]) { self.problems = problems }

    public var description: String {
        "quiz self-check failed (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n"
            + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
