import PacketModel
import Templating

/// Builds the values a briefing template shows, worked out in Swift so the templates stay simple:
/// wordings chosen for the audience, citations, counts and yes/no switches.
struct BriefingContext {
    let article: ArticleModel
    let audience: Audience

    /// The section names as `audience.yaml` spells them: each item of `sections` has one switch per
    /// name under `section`, on for the section it stands for (`{{#section.summary}}`).
    static let sectionKeys = BriefingSection.allCases.map(\.rawValue)

    var value: TemplateValue {
        let meta = article.metadata
        var fields: [String: TemplateValue] = [
            "title": .text(meta.title),
            "dek": .optional(meta.dek),
            "outlet": .text(meta.outlet),
            "author": .optional(meta.author),
            "byline": .text(meta.author.map { "by \($0)" } ?? "author not named"),
            "published": .text(DateWording.words(meta.published.date)),
            "publishedInferred": .flag(meta.published.inferred),
            "genre": .text(meta.genre.rawValue),
            "genreArticle": .text(meta.genre.phrase),
            "audience": .record([
                "name": .text(audience.name), "displayName": .text(audience.displayName),
                "description": .text(audience.description), "preferPlain": .flag(audience.preferPlain),
            ]),
            "sections": .list(audience.briefingSections.map { section in
                .record(["section": .record(Dictionary(uniqueKeysWithValues: Self.sectionKeys.map { ($0, .flag($0 == section.rawValue)) }))])
            }),
            "advisory": .record([
                "show": .flag(meta.advisory.level != .none),
                "level": .text(meta.advisory.level.rawValue),
                "topics": .text(meta.advisory.topics.joined(separator: "; ")),
                "hasHidden": .flag(hidesAnything),
            ]),
            "summary": .text(audience.preferPlain ? (article.plainSummary ?? article.summary) : article.summary),
            "thesis": .record([
                "text": .text(wording(article.thesis)),
                "kind": .text(article.thesis.kind.phrase),
                "citation": .text(article.thesis.citation),
                "hedge": .optional(article.thesis.hedge),
                "quote": quote(article.thesis),
            ]),
        ]
        fields.merge(argumentFields) { $1 }
        fields.merge(referenceFields) { $1 }
        return .record(fields)
    }

    /// The claim's wording for this audience.
    func wording(_ claim: Claim) -> String { claim.wording(preferPlain: audience.preferPlain) }

    /// The item's excerpt, unless this audience hides the item (then it is summarised, not quoted).
    func quote(_ item: some Excerpted) -> TemplateValue {
        audience.sensitivity.hides(item) ? .absent : .text(item.excerpt)
    }

    func hidden(_ item: some Excerpted) -> TemplateValue { .flag(audience.sensitivity.hides(item)) }

    var hidesAnything: Bool {
        let items: [any Excerpted] = article.allClaims + article.evidence + article.statistics + article.quotes
            + article.events + article.vocabulary
        return items.contains { !Set($0.sensitive).isDisjoint(with: audience.sensitivity.hide) }
    }

    static func count(_ n: Int) -> TemplateValue { .text(String(n)) }

    /// An item number right-aligned to two places or to the widest in the list (` 9`, `10`), so
    /// that `N. ` is as wide as the four-space indent of the details under it.
    static func number(_ n: Int, of total: Int) -> TemplateValue {
        let text = String(n)
        return .text(String(repeating: " ", count: max(0, max(2, String(total).count) - text.count)) + text)
    }
}
