/// The sections a teacher's guide can have, in the order an audience lists them.
package enum GuideSection: String, Codable, Sendable, CaseIterable {
    case overview, objectives, standards, plan, answers
    case textNotes = "text-notes"
    case sensitive, aftermath
    case exitTicket = "exit-ticket"
    case keys
}

/// The steps of one lesson, always in this order.
package enum LessonStep: String, Codable, Sendable, CaseIterable {
    case beforeReading = "before-reading"
    case reading, activity, discussion
    case exitTicket = "exit-ticket"

    /// The share of the period each step gets unless the audience says otherwise (minutes of 50).
    package var defaultWeight: Int {
        switch self {
        case .beforeReading: 8
        case .reading: 12
        case .activity: 12
        case .discussion: 12
        case .exitTicket: 6
        }
    }
}

/// A standard the lesson addresses: its code in a framework (e.g. CCSS `RI.9-10.8`), its wording,
/// and the steps of the lesson that work on it.
package struct TeachingStandard: Sendable, Hashable {
    /// The code, e.g. `CCSS RI.9-10.8`; `nil` for a skill stated without a framework.
    package var code: String?
    package var text: String
    package var usedIn: [LessonStep]

    package init(code: String? = nil, text: String, usedIn: [LessonStep] = []) {
        self.code = code; self.text = text; self.usedIn = usedIn
    }
}

/// What an audience's teacher's guide contains and how its lesson is timed (`audience.yaml`:
/// `guide`, `lesson`, `standards`, `skills`).
package struct GuideSettings: Sendable, Hashable {
    package var sections: [GuideSection]
    /// The length of the class period in minutes; the plan's steps add up to it exactly.
    package var minutes: Int
    /// Relative weights of the steps (all five always take part).
    package var stepWeights: [LessonStep: Int]
    package var standards: [TeachingStandard]
    package var skills: [TeachingStandard]
    /// What the plan calls the people taking part: `students` (the default), `participants`, …
    package var learners: String
    /// How the class reads the article (the reading step's routine).
    package var readingRoutine: String
    /// The discussion protocol.
    package var discussionProtocol: String

    package static let defaultReadingRoutine = "students read the numbered article silently and annotate it: T beside the "
        + "thesis, C beside each main claim, E beside evidence, O beside the other side. At each pause point they check with a partner."
    package static let defaultDiscussionProtocol = "think–pair–share. For each question, one minute of silent thinking "
        + "(students note an answer and a paragraph number), two minutes in pairs, then answers from three pairs. "
        + "Ask every speaker: which paragraph shows that?"

    package init(sections: [GuideSection] = GuideSection.allCases, minutes: Int = 50,
                stepWeights: [LessonStep: Int] = Dictionary(uniqueKeysWithValues: LessonStep.allCases.map { ($0, $0.defaultWeight) }),
                standards: [TeachingStandard] = [], skills: [TeachingStandard] = [], learners: String = "students",
                readingRoutine: String = GuideSettings.defaultReadingRoutine,
                discussionProtocol: String = GuideSettings.defaultDiscussionProtocol) {
        self.sections = sections; self.minutes = minutes; self.stepWeights = stepWeights
        self.standards = standards; self.skills = skills; self.learners = learners
        self.readingRoutine = readingRoutine; self.discussionProtocol = discussionProtocol
    }

    /// Each step's minutes: the period shared out by weight (largest remainders, ties to the
    /// earlier step), every step at least one minute, adding up to ``minutes`` exactly.
    package var stepMinutes: [(step: LessonStep, minutes: Int)] {
        let steps = LessonStep.allCases
        let weights = steps.map { max(1, stepWeights[$0] ?? $0.defaultWeight) }
        let total = weights.reduce(0, +)
        var shares = weights.map { minutes * $0 / total }
        let remainders = weights.map { (minutes * $0) % total }
        var left = minutes - shares.reduce(0, +)
        for index in steps.indices.sorted(by: { (remainders[$0], -$0) > (remainders[$1], -$1) }) where left > 0 {
            shares[index] += 1
            left -= 1
        }
        // A step never gets no time: take a minute from the longest step (the earliest of equals).
        for index in shares.indices where shares[index] == 0 {
            let longest = shares.indices.max { (shares[$0], -$0) < (shares[$1], -$1) }!
            shares[longest] -= 1
            shares[index] = 1
        }
        return Array(zip(steps, shares))
    }
}
