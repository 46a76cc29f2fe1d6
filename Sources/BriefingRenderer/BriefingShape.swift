import PacketModel
import Templating

/// Every name a briefing template may use, checked before rendering (see `templates/README.md`).
enum BriefingShape {
    static let citedText = TemplateShape.record(["text": .text, "citation": .text])

    static let evidence = TemplateShape.record([
        "summary": .text, "type": .text, "strength": .text, "citation": .text, "quote": .text, "summarised": .flag,
    ])

    static let step = TemplateShape.record([
        "number": .text, "text": .text, "kind": .text, "citation": .text, "speaker": .text, "byAuthor": .flag,
        "hedge": .text, "quote": .text, "summarised": .flag, "supports": .text,
        "evidence": .list(evidence), "hasEvidence": .flag,
    ])

    static let point = TemplateShape.record([
        "number": .text, "text": .text, "citation": .text, "kind": .text, "hedge": .text, "quote": .text,
        "reasons": .list(citedText), "hasReasons": .flag, "evidence": .list(evidence), "hasEvidence": .flag,
    ])

    static let counterargument = TemplateShape.record([
        "text": .text, "citation": .text, "speaker": .text, "byAuthor": .flag, "note": .text, "target": .text,
        "backing": .list(citedText), "answers": .list(.record(["text": .text, "citation": .text, "note": .text])),
        "hasAnswers": .flag,
    ])

    static let statistic = TemplateShape.record([
        "asWritten": .text, "measures": .text, "period": .text, "population": .text, "place": .text,
        "source": .text, "caveat": .text, "citation": .text, "approximate": .flag, "quote": .text, "summarised": .flag,
    ])

    static let event = TemplateShape.record([
        "date": .text, "description": .text, "citation": .text, "resolved": .flag, "outside": .flag, "phrase": .text,
    ])

    static let entity = TemplateShape.record([
        "name": .text, "role": .text, "stance": .text, "otherNames": .text, "citation": .text,
    ])

    static let term = TemplateShape.record(["term": .text, "partOfSpeech": .text, "definition": .text, "citation": .text])

    static let sectionSwitches = TemplateShape.record(
        Dictionary(uniqueKeysWithValues: BriefingContext.sectionKeys.map { ($0, TemplateShape.flag) }))

    /// The whole context.
    static let shape = TemplateShape.record([
        "title": .text, "dek": .text, "outlet": .text, "outletInferred": .flag, "author": .text, "byline": .text,
        "published": .text,
        "publishedInferred": .flag, "genre": .text, "genreArticle": .text, "wording": GenreWording.shape,
        "audience": .record(["name": .text, "displayName": .text, "description": .text, "preferPlain": .flag]),
        "sections": .list(.record(["section": sectionSwitches])),
        "advisory": .record(["show": .flag, "level": .text, "topics": .text, "hasHidden": .flag]),
        "summary": .text,
        "thesis": .record(["text": .text, "kind": .text, "citation": .text, "hedge": .text, "quote": .text]),
        "steps": .list(step), "stepCount": .text,
        "mainPoints": .list(point), "mainPointCount": .text, "mainPointsOmitted": .text,
        "counterarguments": .list(counterargument), "hasCounterarguments": .flag, "noCounterarguments": .flag,
        "statistics": .list(statistic), "hasStatistics": .flag, "statisticCount": .text,
        "keyStatistics": .list(statistic), "hasKeyStatistics": .flag,
        "events": .list(event), "hasEvents": .flag,
        "people": .list(entity), "organizations": .list(entity), "places": .list(entity),
        "hasPeople": .flag, "hasOrganizations": .flag, "hasPlaces": .flag,
        "keyPeople": .list(entity), "hasKeyPeople": .flag,
        "vocabulary": .list(term), "hasVocabulary": .flag,
        "keyVocabulary": .list(term), "hasKeyVocabulary": .flag,
        "discussionQuestions": .list(.record(["prompt": .text])),
        "essayQuestions": .list(.record(["prompt": .text])),
        "claimChecks": .list(.record(["text": .text, "citation": .text, "speaker": .text])),
        "hasDiscussionQuestions": .flag, "hasEssayQuestions": .flag, "hasClaimChecks": .flag,
        "implications": .list(.record(["text": .text])), "hasImplications": .flag,
        "watchFor": .list(.record(["text": .text])), "hasWatchFor": .flag,
    ])
}
