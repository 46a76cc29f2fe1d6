import PacketModel
import Templating

extension BriefingContext {
    var referenceFields: [String: TemplateValue] {
        let statistics = article.statistics.map(statisticValue)
        let keyStatistics = ArgumentOutline.keyStatistics(article, outline: outline, limit: audience.briefingLimits.numbers)
            .map(statisticValue)
        let events: [TemplateValue] = article.chronologicalEvents.map { event in
            .record([
                "date": .text(DateWording.words(event.date, until: event.until)),
                "description": .text(names(event.description)),
                "citation": .text(event.citation),
                "resolved": .flag(event.basis == .resolved),
                "outside": .flag(event.basis == .outside),
                "phrase": .optional(event.phrase),
            ])
        }
        let vocabulary = article.vocabulary.map(termValue)
        let limit = audience.briefingLimits.questions
        let discussion = article.questions.filter { $0.kind == .discussion }.limited(to: limit)
            .map { TemplateValue.record(["prompt": .text(names($0.prompt))]) }
        let essays = article.questions.filter { $0.kind == .essay }.limited(to: limit)
            .map { TemplateValue.record(["prompt": .text(names($0.prompt))]) }
        let checks = claimChecks
        let implications = article.implications.limited(to: audience.briefingLimits.implications)
            .map { TemplateValue.record(["text": .text(names($0))]) }
        let watch = article.watchFor.limited(to: audience.briefingLimits.watchFor)
            .map { TemplateValue.record(["text": .text(names($0))]) }
        let people = shownPeople.map(entity)
        let keyPeople = self.keyPeople.map(entity)
        let keyVocabulary = self.keyVocabulary.map(termValue)
        return [
            "statistics": .list(statistics), "hasStatistics": .flag(!statistics.isEmpty),
            "statisticCount": Self.count(statistics.count),
            "keyStatistics": .list(keyStatistics), "hasKeyStatistics": .flag(!keyStatistics.isEmpty),
            "events": .list(events), "hasEvents": .flag(!events.isEmpty),
            "people": .list(people), "hasPeople": .flag(!people.isEmpty),
            "keyPeople": .list(keyPeople), "hasKeyPeople": .flag(!keyPeople.isEmpty),
            "organizations": .list(article.organizations.map(entity)), "hasOrganizations": .flag(!article.organizations.isEmpty),
            "places": .list(article.places.map(entity)), "hasPlaces": .flag(!article.places.isEmpty),
            "vocabulary": .list(vocabulary), "hasVocabulary": .flag(!vocabulary.isEmpty),
            "keyVocabulary": .list(keyVocabulary), "hasKeyVocabulary": .flag(!keyVocabulary.isEmpty),
            "discussionQuestions": .list(discussion), "hasDiscussionQuestions": .flag(!discussion.isEmpty),
            "essayQuestions": .list(essays), "hasEssayQuestions": .flag(!essays.isEmpty),
            "claimChecks": .list(checks), "hasClaimChecks": .flag(!checks.isEmpty),
            "implications": .list(implications), "hasImplications": .flag(!implications.isEmpty),
            "watchFor": .list(watch), "hasWatchFor": .flag(!watch.isEmpty),
        ]
    }

    func statisticValue(_ stat: Statistic) -> TemplateValue {
        .record([
            "asWritten": .text(stat.asWritten),
            "measures": .text(names(stat.measures)),
            "period": .optional(DateWording.words(stat.period)),
            "population": .optional(stat.population.map { names($0) }),
            "place": .optional(stat.place),
            "source": .optional(stat.source),
            "caveat": .optional(stat.caveat.map { names($0) }),
            "citation": .text(stat.citation),
            "approximate": .flag(stat.approximate),
            "quote": quote(stat),
            "summarised": hidden(stat),
        ])
    }

    func termValue(_ term: VocabularyTerm) -> TemplateValue {
        .record(["term": .text(term.term), "partOfSpeech": .text(term.partOfSpeech),
                 "definition": .text(term.definition), "citation": .text(term.citation)])
    }

    /// The people this audience may see named (those it hides are left out).
    var shownPeople: [Entity] { article.people.filter { !audience.sensitivity.hides($0) } }

    /// The people the article mentions most (see ``KeyItems/people(_:audience:limit:)``).
    var keyPeople: [Entity] { KeyItems.people(article, audience: audience, limit: audience.briefingLimits.people) }

    /// The words a reader most needs (see ``KeyItems/vocabulary(_:audience:limit:)``).
    var keyVocabulary: [VocabularyTerm] {
        KeyItems.vocabulary(article, audience: audience, limit: audience.briefingLimits.vocabulary)
    }

    func entity(_ entity: Entity) -> TemplateValue {
        let others = entity.aliases.filter { $0 != entity.name }
        return .record([
            "name": .text(entity.name),
            "role": .text(names(entity.role)),
            "stance": .optional(entity.stance.map { names($0) }),
            "otherNames": .text(others.map { "“\($0)”" }.joinedAsList),
            "citation": .text(entity.paragraphs.isEmpty ? "" : "[" + entity.paragraphs.map { "¶\($0)" }.joined(separator: ", ") + "]"),
        ])
    }

    /// Up to four claims for "fact, opinion or prediction?" (see ``ArgumentOutline/claimChecks(_:audience:count:)``).
    var claimChecks: [TemplateValue] {
        ArgumentOutline.claimChecks(article, audience: audience)
            .map { claim in
                .record(["text": .text(wording(claim)), "citation": .text(claim.citation),
                         "speaker": .text(names(article.displayName(for: claim.assertedBy)))])
            }
    }
}
