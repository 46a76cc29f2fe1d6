import PacketModel
import Templating

extension BriefingContext {
    var referenceFields: [String: TemplateValue] {
        let statistics: [TemplateValue] = article.statistics.map { stat in
            .record([
                "asWritten": .text(stat.asWritten),
                "measures": .text(stat.measures),
                "period": .optional(DateWording.words(stat.period)),
                "population": .optional(stat.population),
                "place": .optional(stat.place),
                "source": .optional(stat.source),
                "caveat": .optional(stat.caveat),
                "citation": .text(stat.citation),
                "approximate": .flag(stat.approximate),
                "quote": quote(stat),
                "summarised": hidden(stat),
            ])
        }
        let events: [TemplateValue] = article.chronologicalEvents.map { event in
            .record([
                "date": .text(DateWording.words(event.date, until: event.until)),
                "description": .text(event.description),
                "citation": .text(event.citation),
                "resolved": .flag(event.basis == .resolved),
                "outside": .flag(event.basis == .outside),
                "phrase": .optional(event.phrase),
            ])
        }
        let vocabulary: [TemplateValue] = article.vocabulary.map { term in
            .record(["term": .text(term.term), "partOfSpeech": .text(term.partOfSpeech),
                     "definition": .text(term.definition), "citation": .text(term.citation)])
        }
        let discussion = article.questions.filter { $0.kind == .discussion }.map { TemplateValue.record(["prompt": .text($0.prompt)]) }
        let essays = article.questions.filter { $0.kind == .essay }.map { TemplateValue.record(["prompt": .text($0.prompt)]) }
        let checks = claimChecks
        let implications = article.implications.map { TemplateValue.record(["text": .text($0)]) }
        let watch = article.watchFor.map { TemplateValue.record(["text": .text($0)]) }
        return [
            "statistics": .list(statistics), "hasStatistics": .flag(!statistics.isEmpty),
            "statisticCount": Self.count(statistics.count),
            "events": .list(events), "hasEvents": .flag(!events.isEmpty),
            "people": .list(article.people.map(entity)), "hasPeople": .flag(!article.people.isEmpty),
            "organizations": .list(article.organizations.map(entity)), "hasOrganizations": .flag(!article.organizations.isEmpty),
            "places": .list(article.places.map(entity)), "hasPlaces": .flag(!article.places.isEmpty),
            "vocabulary": .list(vocabulary), "hasVocabulary": .flag(!vocabulary.isEmpty),
            "discussionQuestions": .list(discussion), "hasDiscussionQuestions": .flag(!discussion.isEmpty),
            "essayQuestions": .list(essays), "hasEssayQuestions": .flag(!essays.isEmpty),
            "claimChecks": .list(checks), "hasClaimChecks": .flag(!checks.isEmpty),
            "implications": .list(implications), "hasImplications": .flag(!implications.isEmpty),
            "watchFor": .list(watch), "hasWatchFor": .flag(!watch.isEmpty),
        ]
    }

    func entity(_ entity: Entity) -> TemplateValue {
        let others = entity.aliases.filter { $0 != entity.name }
        return .record([
            "name": .text(entity.name),
            "role": .text(entity.role),
            "stance": .optional(entity.stance),
            "otherNames": .text(others.map { "“\($0)”" }.joinedAsList),
            "citation": .text(entity.paragraphs.isEmpty ? "" : "[" + entity.paragraphs.map { "¶\($0)" }.joined(separator: ", ") + "]"),
        ])
    }

    /// Up to four claims for "fact, opinion or prediction?", taking the kinds in turn so the
    /// answers differ, in the order the article makes them.
    var claimChecks: [TemplateValue] {
        let candidates = argumentOrder(article.claims).filter { !audience.sensitivity.hides($0) }
        var byKind: [ClaimKind: [Claim]] = [:]
        for claim in candidates { byKind[claim.kind, default: []].append(claim) }
        var chosen: [Claim] = []
        var round = 0
        while chosen.count < 4, byKind.values.contains(where: { $0.count > round }) {
            for kind in [ClaimKind.fact, .opinion, .prediction, .value, .policy] where chosen.count < 4 {
                if let list = byKind[kind], list.count > round { chosen.append(list[round]) }
            }
            round += 1
        }
        return argumentOrder(chosen).map { claim in
            .record(["text": .text(wording(claim)), "citation": .text(claim.citation),
                     "speaker": .text(article.displayName(for: claim.assertedBy))])
        }
    }
}
