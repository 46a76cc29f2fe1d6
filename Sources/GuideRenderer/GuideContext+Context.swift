import PacketModel
import Templating

extension GuideContext {
    /// Handling sensitive content, what happened next, and where the keys are.
    var contextFields: [String: TemplateValue] {
        let advisory = article.metadata.advisory
        let tagged: [any Excerpted] = article.allClaims + article.evidence + article.statistics + article.quotes + article.events
        let methodParagraphs = tagged.filter { $0.sensitive.contains("attack-method") }.compactMap { $0.location?.paragraph }
        let perpetrators = article.people.filter { $0.sensitive.contains("perpetrator-name") }
        let namedParagraphs = perpetrators.flatMap(\.paragraphs)
        let sensitiveParagraphs = Set(methodParagraphs + namedParagraphs)
        let safe = article.paragraphs.map(\.number).filter { !sensitiveParagraphs.contains($0) }
        let hidesMethods = audience.sensitivity.hide.contains("attack-method")
        let sensitive: TemplateValue = .record([
            "show": .flag(advisory.level != .none),
            "level": .text(advisory.level.rawValue),
            "topics": .text(advisory.topics.joined(separator: "; ")),
            "teacherNote": .optional(advisory.teacherNote.map { names($0) }),
            "hidesMethods": .flag(hidesMethods),
            "hidesNames": .flag(!names.isEmpty),
            "methodParagraphs": .text(Self.paragraphs(methodParagraphs)),
            "hasMethodParagraphs": .flag(!methodParagraphs.isEmpty),
            "namedParagraphs": .text(Self.paragraphs(namedParagraphs)),
            "namedCount": .text(String(perpetrators.count)),
            "hasNamedParagraphs": .flag(!namedParagraphs.isEmpty),
            "safeParagraphs": .text(Self.paragraphs(safe)),
            "hasSafeParagraphs": .flag(!safe.isEmpty && !sensitiveParagraphs.isEmpty),
        ])
        let aftermath: [TemplateValue] = article.aftermath.filter { !audience.sensitivity.hides($0) }.map { event in
            let claims = event.bearsOn.compactMap { article.claim($0) }
            return .record([
                "date": .text(DateWording.words(event.date, until: event.until)),
                "description": .text(names(event.description)),
                "source": .text(event.source),
                "note": .optional(event.teacherNote.map { names($0) }),
                "claims": .list(claims.map { .record(["text": .text(wording($0)), "citation": .text($0.citation)]) }),
                "hasClaims": .flag(!claims.isEmpty),
            ])
        }
        let teacherSheets = audience.workbookSheets.teacher
        let otherTabs = teacherSheets.filter { $0.kind.role == .reference }.map(\.title)
        let activityKeys = teacherSheets.filter { $0.kind.role == .activity }.map(\.title)
        let answerKey = teacherSheets.first { $0.kind == .answerKey }?.title
        let gradebook = teacherSheets.first { $0.kind == .gradebook }?.title
        let forms: [TemplateValue] = quiz.forms.map { form in
            .record(["name": .text(form.name), "form": .text("student/quiz-\(form.name).txt"),
                     "key": .text("teacher/answer-key-\(form.name).txt")])
        }
        return [
            "sensitive": sensitive,
            "aftermath": .list(aftermath), "hasAftermath": .flag(!aftermath.isEmpty),
            "keys": .record([
                "forms": .list(forms), "hasForms": .flag(!forms.isEmpty),
                "answerKeyTab": .optional(answerKey), "gradebookTab": .optional(gradebook),
                "otherTabs": .text(otherTabs.joinedAsList), "hasOtherTabs": .flag(!otherTabs.isEmpty),
                "activityKeys": .text(activityKeys.joinedAsList), "hasActivityKeys": .flag(!activityKeys.isEmpty),
            ]),
        ]
    }
}
