/// The quiz self-check failed: one message per broken rule, naming the form and the item.
package struct QuizCheckError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Each broken rule, e.g. `form A: who-said-it.q2: distractor "Donald Trump" is also true in the model`.
    package var problems: [String]

    package init(problems: [String]) { self.problems = problems }

    package var description: String {
        "quiz self-check failed (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n"
            + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
