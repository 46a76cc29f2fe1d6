import PacketModel
import Templating

extension BriefingContext {
    /// Claims that raise a counterargument, back one, or answer one: shown under "counterargument".
    var counterargumentIDs: Set<String> {
        let attacks = article.relations.filter { $0.type == .attacks }.map(\.from)
        let backing = article.relations.filter { $0.type == .supports && attacks.contains($0.to) }.map(\.from)
        let answers = article.relations.filter { $0.type == .rebuts }.map(\.from)
        return Set(attacks + backing + answers)
    }

    /// The claims of the main line of argument, in the order the article makes them.
    var argumentClaims: [Claim] {
        let excluded = counterargumentIDs
        return article.claims.enumerated()
            .filter { !excluded.contains($0.element.id) }
            .sorted { ($0.element.location?.paragraph ?? Int.max, $0.offset) < ($1.element.location?.paragraph ?? Int.max, $1.offset) }
            .map(\.element)
    }

    var argumentFields: [String: TemplateValue] {
        let claims = argumentClaims
        let numbers = Dictionary(uniqueKeysWithValues: claims.enumerated().map { ($0.element.id, $0.offset + 1) })
        let steps: [TemplateValue] = claims.enumerated().map { index, claim in
            let targets = article.relations.filter { $0.from == claim.id && $0.type == .supports }.map(\.to)
            let supports = targets.compactMap { $0 == article.thesis.id ? "the thesis" : numbers[$0].map { "step \($0)" } }
            let evidence = evidence(for: claim)
            return .record([
                "number": Self.number(index + 1, of: claims.count),
                "text": .text(wording(claim)),
                "kind": .text(claim.kind.phrase),
                "citation": .text(claim.citation),
                "speaker": .text(article.displayName(for: claim.assertedBy)),
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
            "counterarguments": .list(counter), "hasCounterarguments": .flag(!counter.isEmpty),
        ]
    }

    /// The claims that support the thesis directly, each with the claims that support it in turn.
    var mainPoints: [TemplateValue] {
        let excluded = counterargumentIDs
        let direct = supporters(of: article.thesis.id).filter { !excluded.contains($0.id) }
        return direct.enumerated().map { index, claim in
            let reasons = supporters(of: claim.id).map { cited(wording($0), $0) }
            let evidence = evidence(for: claim)
            return .record([
                "number": Self.number(index + 1, of: direct.count),
                "text": .text(wording(claim)),
                "citation": .text(claim.citation),
                "kind": .text(claim.kind.phrase),
                "hedge": .optional(claim.hedge),
                "reasons": .list(reasons), "hasReasons": .flag(!reasons.isEmpty),
                "evidence": .list(evidence), "hasEvidence": .flag(!evidence.isEmpty),
            ])
        }
    }

    /// Claims with a `supports` relation to `id`, in the order the article makes them.
    func supporters(of id: String) -> [Claim] {
        let ids = Set(article.relations.filter { $0.to == id && $0.type == .supports }.map(\.from))
        return argumentOrder(article.claims.filter { ids.contains($0.id) })
    }

    func argumentOrder(_ claims: [Claim]) -> [Claim] {
        claims.enumerated()
            .sorted { ($0.element.location?.paragraph ?? Int.max, $0.offset) < ($1.element.location?.paragraph ?? Int.max, $1.offset) }
            .map(\.element)
    }

    func evidence(for claim: Claim) -> [TemplateValue] {
        article.evidence.filter { $0.supports.contains(claim.id) }.map { item in
            .record([
                "summary": .text(item.summary),
                "type": .text(item.type.rawValue),
                "citation": .text(item.citation),
                "quote": quote(item),
                "summarised": hidden(item),
            ])
        }
    }

    func cited(_ text: String, _ item: some Excerpted) -> TemplateValue {
        .record(["text": .text(text), "citation": .text(item.citation)])
    }

    /// Each `attacks` relation: the counterargument, what backs it, and how the author answers it.
    var counterarguments: [TemplateValue] {
        article.relations.filter { $0.type == .attacks }.compactMap { relation in
            let attacker = article.claim(relation.from)
            let evidence = article.evidence.first { $0.id == relation.from }
            guard attacker != nil || evidence != nil else { return nil }
            let text = attacker.map(wording) ?? evidence?.summary ?? ""
            let citation = attacker?.citation ?? evidence?.citation ?? ""
            let backing = supporters(of: relation.from).map { cited(wording($0), $0) }
            let answers: [TemplateValue] = article.relations.filter { $0.type == .rebuts && $0.to == relation.from }
                .compactMap { rebuttal in
                    guard let claim = article.claim(rebuttal.from) else { return nil }
                    return .record(["text": .text(wording(claim)), "citation": .text(claim.citation),
                                    "note": .optional(rebuttal.note)])
                }
            return .record([
                "text": .text(text),
                "citation": .text(citation),
                "speaker": .text(attacker.map { article.displayName(for: $0.assertedBy) } ?? "the author"),
                "byAuthor": .flag((attacker?.assertedBy ?? "author") == "author"),
                "note": .optional(relation.note),
                "target": .text(article.claim(relation.to).map(wording) ?? relation.to),
                "backing": .list(backing),
                "answers": .list(answers),
                "hasAnswers": .flag(!answers.isEmpty),
            ])
        }
    }
}
