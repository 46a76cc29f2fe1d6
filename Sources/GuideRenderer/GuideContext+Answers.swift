import PacketModel
import Templating

extension GuideContext {
    /// The keys: the fact-opinion-prediction checks of the briefing, the authored questions with
    /// model answers and rubrics, and the editor's notes on the text.
    var answerFields: [String: TemplateValue] {
        let checks: [TemplateValue] = ArgumentOutline.claimChecks(article, audience: audience).map { claim in
            .record([
                "text": .text(wording(claim)),
                "citation": .text(claim.citation),
                "kind": .text(claim.kind.phrase),
                "hedge": .optional(claim.hedge),
                "note": .optional(claim.teacherNote.map { names($0) }),
            ])
        }
        let discussion = questions(.discussion), essays = questions(.essay)
        let notes = textNotes
        return [
            "claimChecks": .list(checks), "hasClaimChecks": .flag(!checks.isEmpty),
            "discussionQuestions": .list(discussion), "hasDiscussionQuestions": .flag(!discussion.isEmpty),
            "essayQuestions": .list(essays), "hasEssayQuestions": .flag(!essays.isEmpty),
            "textNotes": .list(notes), "hasTextNotes": .flag(!notes.isEmpty),
        ]
    }

    /// The authored questions of one kind: prompt, model answer, the paragraphs that support it
    /// (those of the items the question is about), and the rubric with its total.
    func questions(_ kind: AuthoredQuestion.Kind) -> [TemplateValue] {
        let located: [String: Int] = Dictionary(
            (article.allClaims.map { ($0.id, $0.location) } + article.evidence.map { ($0.id, $0.location) }
                + article.statistics.map { ($0.id, $0.location) } + article.quotes.map { ($0.id, $0.location) }
                + article.events.map { ($0.id, $0.location) } + article.vocabulary.map { ($0.id, $0.location) })
                .compactMap { id, location in location.map { (id, $0.paragraph) } },
            uniquingKeysWith: { first, _ in first })
        return article.questions.filter { $0.kind == kind }.enumerated().map { index, question in
            let support = question.related.compactMap { located[$0] }
            return .record([
                "number": .text(String(index + 1)),
                "prompt": .text(names(question.prompt)),
                "modelAnswer": .optional(question.modelAnswer.map { names($0) }),
                "support": .text(Self.paragraphs(support)),
                "bloom": .text(question.bloom.rawValue),
                "rubric": .list(question.rubric.map { row in
                    .record(["criterion": .text(row.criterion), "points": .text(String(row.points)),
                             "description": .text(names(row.description))])
                }),
                "totalPoints": .text(String(question.rubric.reduce(0) { $0 + $1.points })),
                "hasRubric": .flag(!question.rubric.isEmpty),
            ])
        }
    }

    /// The editor's notes on claims, numbers and quotations, in the order of the article: where
    /// it states a fact loosely, a typo, a quotation cut short. They may draw on sources outside
    /// the article, and the templates say so. One note per passage: when a claim and a number
    /// rest on the same words, the claim's note is kept.
    var textNotes: [TemplateValue] {
        var notes: [(paragraph: Int, offset: Int, value: TemplateValue)] = []
        var passages: Set<Location> = []
        func add(_ item: some Excerpted, _ note: String?) {
            guard let note, let location = item.location, passages.insert(location).inserted else { return }
            notes.append((location.paragraph, location.offset, .record([
                "citation": .text(item.citation),
                "quote": quote(item),
                "note": .text(names(note)),
            ])))
        }
        for claim in article.allClaims { add(claim, claim.teacherNote) }
        for stat in article.statistics { add(stat, stat.teacherNote) }
        for quote in article.quotes { add(quote, quote.teacherNote) }
        return notes.enumerated().sorted { ($0.element.paragraph, $0.element.offset, $0.offset) < ($1.element.paragraph, $1.element.offset, $1.offset) }
            .map(\.element.value)
    }
}
