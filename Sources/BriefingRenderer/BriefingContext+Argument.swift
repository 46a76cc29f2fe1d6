import PacketModel
import Templating

extension BriefingContext {
    /// The claims of the main line of argument, in the order the article makes them.
    var argumentClaims: [Claim] {
        ArgumentOutline.inArticleOrder(article.claims.filter { !outline.counterargumentIDs.contains($0.id) })
    }

    var argumentFields: [String: TemplateValue] {
        let claims = argumentClaims
        let numbers = Dictionary(uniqueKeysWithValues: claims.enumerated().map { ($0.element.id, $0.offset + 1) })
        let steps: [TemplateValue] = claims.enumerated().map { index, claim in
            let targets = article.relations.filter { $0.from == claim.id && $0.type == .supports }.map(\.to)
            let supports = targets.compactMap { $0 == article.thesis.id ? "the thesis" : numbers[$0].map { "step \($0)" } }
            let evidence = article.evidence.filter { $0.supports.contains(claim.id) }.map(evidenceValue)
            return .record([
                "number": Self.number(index + 1, of: claims.count),
                "text": .text(wording(claim)),
                "kind": .text(claim.kind.phrase),
                "citation": .text(claim.citation),
                "speaker": .text(names(article.displayName(for: claim.assertedBy))),
                "byAuthor": .flag(claim.assertedBy == "author"),
                "hedge": .optional(claim.hedge),
                "quote": quote(claim),
                "summarised": hidden(claim),
                "supports": .text(supports.joinedAsList),
                "evidence": .list(evidence),
                "hasEvidence": .flag(!evidence.isEmpty),
            ])
        }
        let points = mainPoints
        let counter = counterarguments
        return [
            "steps": .list(steps), "stepCount": Self.count(steps.count),
            "mainPoints": .list(points), "mainPointCount": Self.count(points.count),
            "mainPointsOmitted": .optional(outline.mainLines.count > points.count ? String(outline.mainLines.count - points.count) : nil),
            "counterarguments": .list(counter), "hasCounterarguments": .flag(!counter.isEmpty),
            "noCounterarguments": .flag(counter.isEmpty && article.counterarguments != nil),
        ]
    }

    /// The claims that support the thesis directly, each with the claims that support it in turn
    /// and its strongest evidence (as many pieces as `briefing.limits.evidence` allows).
    var mainPoints: [TemplateValue] {
        let lines = outline.mainLines(limit: audience.briefingLimits.claims, in: article)
        return lines.enumerated().map { index, line in
            let reasons = line.reasons.map { cited(wording($0), $0) }
            let evidence = line.evidence.limited(to: audience.briefingLimits.evidence).map(evidenceValue)
            return .record([
                "number": Self.number(index + 1, of: lines.count),
                "text": .text(wording(line.claim)),
                "citation": .text(line.claim.citation),
                "kind": .text(line.claim.kind.phrase),
                "hedge": .optional(line.claim.hedge),
                "quote": quote(line.claim),
                "reasons": .list(reasons), "hasReasons": .flag(!reasons.isEmpty),
                "evidence": .list(evidence), "hasEvidence": .flag(!evidence.isEmpty),
            ])
        }
    }

    func evidenceValue(_ item: Evidence) -> TemplateValue {
        .record([
            "summary": .text(names(item.summary)),
            "type": .text(item.type.rawValue),
            "strength": .optional(item.strength?.rawValue),
            "citation": .text(item.citation),
            "quote": quote(item),
            "summarised": hidden(item),
        ])
    }

    func cited(_ text: String, _ item: some Excerpted) -> TemplateValue {
        .record(["text": .text(text), "citation": .text(item.citation)])
    }

    /// Each counterargument: what backs it, and how the author answers it.
    var counterarguments: [TemplateValue] {
        outline.counterarguments.limited(to: audience.briefingLimits.counterarguments).map { counter in
            let answers: [TemplateValue] = counter.answers.map { answer in
                .record(["text": .text(wording(answer.claim)), "citation": .text(answer.claim.citation),
                         "note": .optional(answer.note)])
            }
            return .record([
                "text": .text(names(counter.text(preferPlain: audience.preferPlain))),
                "citation": .text(counter.citation),
                "speaker": .text(names(counter.claim.map { article.displayName(for: $0.assertedBy) } ?? "the author")),
                "byAuthor": .flag((counter.claim?.assertedBy ?? "author") == "author"),
                "note": .optional(counter.note.map { names($0) }),
                "target": .text(counter.target.map(wording) ?? ""),
                "backing": .list(counter.backing.map { cited(wording($0), $0) }),
                "answers": .list(answers),
                "hasAnswers": .flag(!answers.isEmpty),
            ])
        }
    }
}
