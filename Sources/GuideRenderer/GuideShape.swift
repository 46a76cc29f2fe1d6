import PacketModel
import Templating

/// Every name a guide template may use, checked before rendering (see `templates/README.md`).
enum GuideShape {
    static let cited = TemplateShape.record(["text": .text, "citation": .text])
    static let texts = TemplateShape.list(.record(["text": .text]))

    static let evidence = TemplateShape.record([
        "summary": .text, "type": .text, "strength": .text, "citation": .text, "assessment": .text,
    ])

    static let mainLine = TemplateShape.record([
        "number": .text, "text": .text, "kind": .text, "hedge": .text, "citation": .text,
        "best": evidence, "others": .list(evidence), "hasOthers": .flag, "hasEvidence": .flag,
    ])

    static let counterargument = TemplateShape.record([
        "text": .text, "citation": .text, "paragraph": .text, "byAuthor": .flag, "speaker": .text,
        "backing": .list(cited), "answers": .list(cited), "hasAnswers": .flag,
    ])

    static let standard = TemplateShape.record(["code": .text, "text": .text, "usedIn": .text])

    static let question = TemplateShape.record([
        "number": .text, "prompt": .text, "modelAnswer": .text, "support": .text, "bloom": .text,
        "rubric": .list(.record(["criterion": .text, "points": .text, "description": .text])),
        "totalPoints": .text, "hasRubric": .flag,
    ])

    static func switches(_ keys: [String]) -> TemplateShape {
        .record(Dictionary(uniqueKeysWithValues: keys.map { ($0, TemplateShape.flag) }))
    }

    /// The whole context.
    static let shape = TemplateShape.record([
        "title": .text, "dek": .text, "outlet": .text, "outletInferred": .flag, "published": .text,
        "publishedInferred": .flag, "publishedNote": .text, "sourceNote": .text, "byline": .text,
        "genreArticle": .text, "wording": GenreWording.shape, "paragraphCount": .text, "wordCount": .text, "text": GuideContext.readingTextShape,
        "source": .record(["url": .text, "license": .text, "retrieved": .text]),
        "audience": .record(["name": .text, "displayName": .text, "description": .text]),
        "sections": .list(.record(["section": switches(GuideContext.sectionKeys)])),
        "summary": .text,
        "thesis": .record(["text": .text, "kind": .text, "citation": .text, "paragraph": .text, "quote": .text]),
        "mainLines": .list(mainLine), "mainLineCount": .text, "hasMainLines": .flag,
        "counterarguments": .list(counterargument), "hasCounterarguments": .flag, "noCounterarguments": .flag, "counterargument": counterargument,
        "lesson": .record(["minutes": .text, "learners": .text, "reading": .text, "discussion": .text,
                           "briefingHasVocabulary": .flag]),
        "plan": .list(.record(["minutes": .text, "step": switches(LessonStep.allCases.map(\.rawValue))])),
        "standards": .list(standard), "hasStandards": .flag, "skills": .list(standard), "hasSkills": .flag,
        "background": texts, "hasBackground": .flag, "anticipation": texts, "hasAnticipation": .flag,
        "preteach": .text,
        "pausePoints": .list(.record(["paragraph": .text, "answers": texts])), "hasPausePoints": .flag,
        "leadStatistic": .record(["asWritten": .text, "paragraph": .text, "citation": .text, "measures": .text, "caveat": .text]),
        "exitTicket": .list(.record(["number": .text, "question": .text, "answer": .text])),
        "claimChecks": .list(.record(["text": .text, "citation": .text, "kind": .text, "hedge": .text, "note": .text])),
        "hasClaimChecks": .flag,
        "discussionQuestions": .list(question), "hasDiscussionQuestions": .flag,
        "essayQuestions": .list(question), "hasEssayQuestions": .flag,
        "textNotes": .list(.record(["citation": .text, "quote": .text, "note": .text])), "hasTextNotes": .flag,
        "sensitive": .record([
            "show": .flag, "level": .text, "topics": .text, "teacherNote": .text, "hidesMethods": .flag,
            "hidesNames": .flag, "methodParagraphs": .text, "hasMethodParagraphs": .flag, "namedParagraphs": .text,
            "namedCount": .text, "hasNamedParagraphs": .flag, "safeParagraphs": .text, "hasSafeParagraphs": .flag,
        ]),
        "aftermath": .list(.record([
            "date": .text, "description": .text, "source": .text, "note": .text, "claims": .list(cited), "hasClaims": .flag,
        ])),
        "hasAftermath": .flag,
        "keys": .record([
            "forms": .list(.record(["name": .text, "form": .text, "key": .text])), "hasForms": .flag,
            "answerKeyTab": .text, "gradebookTab": .text, "otherTabs": .text, "hasOtherTabs": .flag,
            "activityKeys": .text, "hasActivityKeys": .flag,
        ]),
    ])
}
