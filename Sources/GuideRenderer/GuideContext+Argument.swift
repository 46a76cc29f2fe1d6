import PacketModel
import Templating

extension GuideContext {
    /// The argument at a glance, and what the objectives and the claim–evidence key are built on.
    var argumentFields: [String: TemplateValue] {
        let lines = outline.mainLines
        let mainLines: [TemplateValue] = lines.enumerated().map { index, line in
            let evidence = line.evidence.map(evidenceValue)
            return .record([
                "number": .text(String(index + 1)),
                "text": .text(wording(line.claim)),
                "kind": .text(line.claim.kind.phrase),
                "hedge": .optional(line.claim.hedge),
                "citation": .text(line.claim.citation),
                "best": evidence.first ?? .absent,
                "others": .list(Array(evidence.dropFirst().prefix(2))),
                "hasOthers": .flag(evidence.count > 1),
                "hasEvidence": .flag(!evidence.isEmpty),
            ])
        }
        let counters = counterarguments
        return [
            "mainLines": .list(mainLines), "mainLineCount": .text(String(lines.count)), "hasMainLines": .flag(!lines.isEmpty),
            "counterarguments": .list(counters), "hasCounterarguments": .flag(!counters.isEmpty),
            "noCounterarguments": .flag(counters.isEmpty && article.counterarguments != nil),
            "counterargument": counters.first ?? .absent,
        ]
    }

    func evidenceValue(_ item: Evidence) -> TemplateValue {
        .record([
            "summary": .text(names(item.summary)),
            "type": .text(item.type.rawValue),
            "strength": .optional(item.strength?.rawValue),
            "citation": .text(item.citation),
            "assessment": .text(names(item.assessment)),
        ])
    }

    var counterarguments: [TemplateValue] {
        outline.counterarguments.map { counter in
            let answers: [TemplateValue] = counter.answers.map { answer in
                .record(["text": .text(wording(answer.claim)), "citation": .text(answer.claim.citation)])
            }
            let paragraph = counter.claim.map(Self.paragraph) ?? counter.evidence.map(Self.paragraph) ?? ""
            return .record([
                "text": .text(names(counter.text(preferPlain: audience.preferPlain))),
                "citation": .text(counter.citation),
                "paragraph": .text(paragraph),
                "byAuthor": .flag((counter.claim?.assertedBy ?? "author") == "author"),
                "speaker": .text(names(counter.claim.map { article.displayName(for: $0.assertedBy) } ?? "the author")),
                "backing": .list(counter.backing.map { .record(["text": .text(wording($0)), "citation": .text($0.citation)]) }),
                "answers": .list(answers),
                "hasAnswers": .flag(!answers.isEmpty),
            ])
        }
    }
}
