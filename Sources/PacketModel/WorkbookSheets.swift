/// What a workbook sheet is for. The role decides which workbook a sheet may go in and how each
/// workbook writes it.
package enum WorkbookSheetRole: Sendable, Hashable {
    /// The overview: what the packet is and how to use it. Both workbooks.
    case guide
    /// The article itself, paragraph by paragraph. Both workbooks.
    case text
    /// Something students do: cells to fill in and dropdowns. The teacher's copy of the same
    /// sheet is its key, with the answers filled in.
    case activity
    /// The quiz: questions and empty answer cells. Both workbooks.
    case quiz
    /// Reference that holds answers (kinds of claims, who said what, what numbers measure). The
    /// teacher's; an audience may give it to students too, and the build warns which quiz items it answers.
    case reference
    /// Keys and marks: only ever in the teacher's workbook.
    case teacherOnly
}

/// The sheets a workbook can have.
package enum WorkbookSheetKind: String, Codable, Sendable, CaseIterable {
    case overview
    case article
    case claimEvidence = "claim-evidence"
    case factOpinion = "fact-opinion"
    case checkNumbers = "check-numbers"
    case wordsInContext = "words-in-context"
    case quiz
    case argumentMap = "argument-map"
    case evidence, statistics, timeline
    case peoplePlaces = "people-places"
    case quotes, vocabulary
    case answerKey = "answer-key"
    case gradebook

    package var role: WorkbookSheetRole {
        switch self {
        case .overview: .guide
        case .article: .text
        case .claimEvidence, .factOpinion, .checkNumbers, .wordsInContext: .activity
        case .quiz: .quiz
        case .argumentMap, .evidence, .statistics, .timeline, .peoplePlaces, .quotes, .vocabulary: .reference
        case .answerKey, .gradebook: .teacherOnly
        }
    }

    /// Sheets that hold answers or teacher notes only: never in a student workbook.
    package var isTeacherOnly: Bool { role == .teacherOnly }

    /// The default tab title (at most 31 characters, none of `[]:*?/\`).
    var defaultTitle: String {
        switch self {
        case .overview: "Overview"
        case .article: "Article"
        case .claimEvidence: "Claim–evidence–reasoning"
        case .factOpinion: "Fact, opinion or prediction"
        case .checkNumbers: "Check the numbers"
        case .wordsInContext: "Words in context"
        case .quiz: "Quiz"
        case .argumentMap: "Argument map"
        case .evidence: "Evidence"
        case .statistics: "Statistics"
        case .timeline: "Timeline"
        case .peoplePlaces: "People & places"
        case .quotes: "Quotes"
        case .vocabulary: "Vocabulary"
        case .answerKey: "Answer key"
        case .gradebook: "Gradebook"
        }
    }
}

/// One sheet of an audience's workbook and its tab title.
package struct WorkbookSheet: Codable, Sendable, Hashable {
    package var kind: WorkbookSheetKind
    package var title: String

    package init(kind: WorkbookSheetKind, title: String? = nil) {
        self.kind = kind; self.title = title ?? kind.defaultTitle
    }
}

/// The tabs of an audience's two workbooks, in order: what students get, and what the teacher
/// gets (the reference sheets, every activity again as its key, the answer key and gradebook).
package struct WorkbookSheets: Sendable, Hashable {
    package var student: [WorkbookSheet]
    package var teacher: [WorkbookSheet]
    /// True when the audience gave one list for both (`workbook: sheets`, the form before the
    /// student and teacher lists): its reference sheets then go to the teacher only.
    package var isSingleList: Bool

    package init(student: [WorkbookSheet], teacher: [WorkbookSheet], isSingleList: Bool = false) {
        self.student = student; self.teacher = teacher; self.isSingleList = isSingleList
    }

    /// One list for both workbooks, as `workbook: sheets` gives it: the teacher gets every sheet,
    /// students every sheet that holds no answers (no reference sheet, key or gradebook).
    package init(singleList sheets: [WorkbookSheet]) {
        self.init(student: sheets.filter { $0.kind.role != .reference && !$0.kind.isTeacherOnly }, teacher: sheets,
                  isSingleList: true)
    }

    /// What students get by default: the article and the activities, then the quiz.
    package static let standardStudent: [WorkbookSheet] = [
        .overview, .article, .claimEvidence, .factOpinion, .checkNumbers, .wordsInContext, .quiz,
    ].map { WorkbookSheet(kind: $0) }

    /// What the teacher gets by default: the same tabs (each activity as its key), the reference
    /// sheets, then the answer key and gradebook.
    package static let standardTeacher: [WorkbookSheet] = [
        .overview, .article, .claimEvidence, .factOpinion, .checkNumbers, .wordsInContext, .quiz,
        .argumentMap, .evidence, .statistics, .timeline, .peoplePlaces, .quotes, .vocabulary, .answerKey, .gradebook,
    ].map { WorkbookSheet(kind: $0) }

    package static let standard = WorkbookSheets(student: standardStudent, teacher: standardTeacher)
}
