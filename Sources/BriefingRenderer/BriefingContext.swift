import PacketModel
import Templating

/// Builds the values a briefing template shows, worked out in Swift so the templates stay simple:
/// wordings chosen for the audience, citations, counts and yes/no switches.
///
/// Everything written in the editor's words passes through ``HiddenNames``: an audience that hides
/// `perpetrator-name` never sees those names in its own text. Quotations of the article that hold
/// a hidden name are left out (the item is summarised instead), never altered.
struct BriefingContext {
    let article: ArticleModel
    let audience: Audience
    let outline: ArgumentOutline
    let names: HiddenNames

    init(article: ArticleModel, audience: Audience) {
        self.article = article
        self.audience = audience
        outline = ArgumentOutline(article)
        names = HiddenNames(article: article, audience: audience)
    }

    /// The section names as `audience.yaml` spells them: each item of `sections` has one switch per
    /// name under `section`, on for the section it stands for (`{{#section.summary}}`).
    static let sectionKeys = BriefingSection.allCases.map(\.rawValue)

    var value: TemplateValue {
        let meta = article.metadata
        var fields: [String: TemplateValue] = [
            "title": .text(meta.title),
            "dek": .optional(meta.dek),
            "outlet": .text(meta.outlet),
            "outletInferred": .flag(meta.outletInferred),
            "author": .optional(meta.author),
            "byline": .text(meta.author.map { "by \($0)" } ?? "author not named"),
            "published": .text(DateWording.words(meta.published.date)),
            "publishedInferred": .flag(meta.published.inferred),
            "genre": .text(meta.genre.rawValue),
            "genreArticle": .text(meta.genre.phrase),
            "wording": meta.genre.wording.templateValue,
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
            "summary": .text(names(audience.preferPlain ? (article.plainSummary ?? article.summary) : article.summary)),
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

    /// The claim's wording for this audience, without names it hides.
    func wording(_ claim: Claim) -> String { names(claim.wording(preferPlain: audience.preferPlain)) }

    /// True when the audience does not see this item quoted: its tags are hidden, or its words
    /// name someone the audience does not name.
    func isHidden(_ item: some Excerpted) -> Bool {
        audience.sensitivity.hides(item) || !names.names(in: item.excerpt).isEmpty
    }

    /// The item's excerpt, unless this audience hides the item (then it is summarised, not quoted).
    func quote(_ item: some Excerpted) -> TemplateValue {
        isHidden(item) ? .absent : .text(item.excerpt)
    }

    func hidden(_ item: some Excerpted) -> TemplateValue { .flag(isHidden(item)) }

    var hidesAnything: Bool {
        let items: [any Excerpted] = article.allClaims + article.evidence + article.statistics + article.quotes
            + article.events + article.vocabulary
        return items.contains { !Set($0.sensitive).isDisjoint(with: audience.sensitivity.hide) } || !names.isEmpty
    }

    static func count(_ n: Int) -> TemplateValue { .text(String(n)) }

    /// An item number right-aligned to two places or to the widest in the list (` 9`, `10`), so
    /// that `N. ` is as wide as the four-space indent of the details under it.
    static func number(_ n: Int, of total: Int) -> TemplateValue {
        let text = String(n)
        return .text(String(repeating: " ", count: max(0, max(2, String(total).count) - text.count)) + text)
    }
}

extension Array {
    /// The first `limit` elements, or all of them when `limit` is nil.
    func limited(to limit: Int?) -> [Element] { limit.map { Array(prefix($0)) } ?? self }
}
