import PacketModel
import Templating

/// Builds the values a guide template shows. The wording of the guide lives in the templates;
/// this works out what to say: which claims, which evidence, which paragraphs, how many minutes.
///
/// The editor's words pass through ``HiddenNames`` (an audience that hides `perpetrator-name` never
/// sees those names, in its guide either); what comes from outside the article is flagged so the
/// templates can say so.
struct GuideContext {
    let article: ArticleModel
    let audience: Audience
    let quiz: QuizSet
    let outline: ArgumentOutline
    let names: HiddenNames

    init(article: ArticleModel, audience: Audience, quiz: QuizSet) {
        self.article = article
        self.audience = audience
        self.quiz = quiz
        outline = ArgumentOutline(article)
        names = HiddenNames(article: article, audience: audience)
    }

    static let sectionKeys = GuideSection.allCases.map(\.rawValue)

    var value: TemplateValue {
        let meta = article.metadata
        var fields: [String: TemplateValue] = [
            "title": .text(meta.title),
            "dek": .optional(meta.dek),
            "outlet": .text(meta.outlet),
            "outletInferred": .flag(meta.outletInferred),
            "published": .text(DateWording.words(meta.published.date)),
            "publishedInferred": .flag(meta.published.inferred),
            "publishedNote": .optional(meta.published.note),
            "sourceNote": .optional(meta.sourceNote),
            "byline": .text(meta.author.map { "by \($0)" } ?? "author not named"),
            "genreArticle": .text(meta.genre.phrase),
            "wording": meta.genre.wording.templateValue,
            "paragraphCount": .text(String(article.paragraphs.count)),
            "wordCount": .text(Self.grouped(article.paragraphs.reduce(0) { $0 + $1.text.split(separator: " ").count })),
            "source": meta.source.map { source in
                .record(["url": .text(source.url), "license": .text(source.license),
                         "retrieved": .text(DateWording.words(source.retrieved))])
            } ?? .absent,
            "audience": .record([
                "name": .text(audience.name), "displayName": .text(audience.displayName),
                "description": .text(audience.description),
            ]),
            "sections": .list(audience.guide.sections.map { section in
                .record(["section": .record(Dictionary(uniqueKeysWithValues: Self.sectionKeys.map { ($0, .flag($0 == section.rawValue)) }))])
            }),
            "summary": .text(names(audience.preferPlain ? (article.plainSummary ?? article.summary) : article.summary)),
            "thesis": .record([
                "text": .text(wording(article.thesis)),
                "kind": .text(article.thesis.kind.phrase),
                "citation": .text(article.thesis.citation),
                "paragraph": .text(Self.paragraph(article.thesis)),
                "quote": quote(article.thesis),
            ]),
        ]
        fields.merge(argumentFields) { $1 }
        fields.merge(lessonFields) { $1 }
        fields.merge(answerFields) { $1 }
        fields.merge(contextFields) { $1 }
        fields.merge(readingTextFields) { $1 }
        return .record(fields)
    }

    /// The claim's wording for this audience, without names it hides.
    func wording(_ claim: Claim) -> String { names(claim.wording(preferPlain: audience.preferPlain)) }

    /// True when the audience does not see this item quoted: its tags are hidden, or its words
    /// name someone the audience does not name.
    func isHidden(_ item: some Excerpted) -> Bool {
        audience.sensitivity.hides(item) || !names.names(in: item.excerpt).isEmpty
    }

    /// The item's excerpt, unless the audience does not see it quoted.
    func quote(_ item: some Excerpted) -> TemplateValue { isHidden(item) ? .absent : .text(item.excerpt) }

    /// `¶11`, for running text (citations in lists are `[¶11]`).
    static func paragraph(_ item: some Excerpted) -> String { item.location.map { "¶\($0.paragraph)" } ?? "" }

    /// `¶3`, `¶3 and ¶7`, `¶1–¶4, ¶6 and ¶11`: paragraphs in order, runs of three or more joined.
    static func paragraphs(_ numbers: [Int]) -> String {
        let sorted = Array(Set(numbers)).sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("¶\(sorted[index])–¶\(sorted[end])")
            } else {
                parts += sorted[index...end].map { "¶\($0)" }
            }
            index = end + 1
        }
        return parts.joinedAsList
    }

    /// `1,416`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        return String(digits.enumerated().flatMap { index, digit in
            (index > 0 && (digits.count - index) % 3 == 0) ? [",", digit] : [digit]
        })
    }

    static func list(_ texts: [String]) -> TemplateValue { .list(texts.map { .record(["text": .text($0)]) }) }
}
