/// The class's answers to form A, read from `--responses FILE.csv`.
package struct ClassResponses: Sendable, Hashable {
    package struct Student: Sendable, Hashable {
        package var name: String
        /// One answer per item of form A, in item order (empty when blank).
        package var answers: [String]

        package init(name: String, answers: [String]) { self.name = name; self.answers = answers }
    }

    package var students: [Student]

    package init(students: [Student]) { self.students = students }
}
