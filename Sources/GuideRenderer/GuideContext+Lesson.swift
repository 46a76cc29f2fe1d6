import PacketModel
import Templating

extension GuideContext {
    /// Objectives, standards, the timed plan and what each step needs.
    var lessonFields: [String: TemplateValue] {
        let settings = audience.guide
        let plan: [TemplateValue] = settings.stepMinutes.map { step, minutes in
            .record([
                "minutes": .text(String(minutes)),
                "step": .record(Dictionary(uniqueKeysWithValues: LessonStep.allCases.map { ($0.rawValue, .flag($0 == step)) })),
            ])
        }
        let standards = settings.standards.map(standardValue)
        let skills = settings.skills.map(standardValue)
        let background = article.teaching.background.map { names($0) }
        let anticipation = article.teaching.anticipation.map { names($0) }
        let preteach = KeyItems.vocabulary(article, audience: audience, limit: 6).map(\.term)
        let lead = leadStatistic
        let pauses = pausePoints
        return [
            "lesson": .record(["minutes": .text(String(settings.minutes)), "learners": .text(settings.learners),
                               "reading": .text(settings.readingRoutine), "discussion": .text(settings.discussionProtocol),
                               "briefingHasVocabulary": .flag(audience.briefingSections.contains(.vocabulary))]),
            "plan": .list(plan),
            "standards": .list(standards), "hasStandards": .flag(!standards.isEmpty),
            "skills": .list(skills), "hasSkills": .flag(!skills.isEmpty),
            "background": Self.list(background), "hasBackground": .flag(!background.isEmpty),
            "anticipation": Self.list(anticipation), "hasAnticipation": .flag(!anticipation.isEmpty),
            "preteach": .text(preteach.joinedAsList),
            "pausePoints": .list(pauses), "hasPausePoints": .flag(!pauses.isEmpty),
            "leadStatistic": lead.map { stat in
                .record(["asWritten": .text(stat.asWritten), "paragraph": .text(Self.paragraph(stat)),
                         "citation": .text(stat.citation), "measures": .text(names(stat.measures)),
                         "caveat": .optional(stat.caveat.map { names($0) })])
            } ?? .absent,
            "exitTicket": .list(exitTicket),
        ]
    }

    func standardValue(_ standard: TeachingStandard) -> TemplateValue {
        let steps: [String] = standard.usedIn.map { step in
            switch step {
            case .beforeReading: "before reading"
            case .reading: "reading"
            case .activity: "the claim–evidence activity"
            case .discussion: "discussion"
            case .exitTicket: "the exit ticket"
            }
        }
        return .record(["code": .optional(standard.code), "text": .text(standard.text), "usedIn": .text(steps.joinedAsList)])
    }

    /// The number the argument rests on most: the first key statistic behind the main lines'
    /// evidence that has a named source, else the first key statistic.
    var leadStatistic: Statistic? {
        let evidence = ArgumentOutline.strongestFirst(outline.mainLines.flatMap(\.evidence), in: article)
        let behind = evidence.compactMap { item in item.statistic.flatMap { id in article.statistics.first { $0.id == id } } }
        return behind.first { $0.source != nil && !isHidden($0) } ?? behind.first { !isHidden($0) }
    }

    /// Where to stop while reading: each paragraph that holds a main claim or a counterargument,
    /// in order, with the claims a student should find there (the teacher's answer).
    var pausePoints: [TemplateValue] {
        var byParagraph: [Int: [String]] = [:]
        func add(_ claim: Claim, _ label: String) {
            guard let p = claim.location?.paragraph else { return }
            byParagraph[p, default: []].append(label + wording(claim))
        }
        // An argued piece raises the other side and answers it; a report reports views and responds.
        let genre = article.metadata.genre.wording
        let view = genre.isArgued ? "The other side: " : "A view the \(genre.piece) reports: "
        let reply = genre.isArgued ? GenreWording.capitalized(genre.author) + "’s answer: " : "The \(genre.piece)’s response: "
        for line in outline.mainLines { add(line.claim, "") }
        for counter in outline.counterarguments {
            if let claim = counter.claim { add(claim, view) }
            for answer in counter.answers { add(answer.claim, reply) }
        }
        return byParagraph.keys.sorted().map { p in
            .record(["paragraph": .text("¶\(p)"), "answers": Self.list(byParagraph[p] ?? [])])
        }
    }

    /// Three questions with answers: the thesis, the strongest evidence, and what kind of claim a
    /// main claim is.
    var exitTicket: [TemplateValue] {
        var items: [(question: String, answer: String)] = []
        let thesis = article.thesis
        let asks = thesis.kind == .prediction ? "What does the author predict?" : "What is the author’s main claim?"
        items.append(("\(asks) Answer in one sentence and give the paragraph.",
                      "\(wording(thesis)) \(thesis.citation) Accept any wording that keeps the claim and its reason."))
        let order = ArgumentOutline.strongestFirst(outline.mainLines.flatMap(\.evidence), in: article).map(\.id)
        let rank = { (item: Evidence) in order.firstIndex(of: item.id) ?? Int.max }
        let ranked = outline.mainLines.compactMap { line in line.evidence.first.map { (line, $0) } }
        if let (line, best) = ranked.min(by: { rank($0.1) < rank($1.1) }) {
            let next = line.evidence.dropFirst().first.map { " Also accept: \(names($0.summary)) \($0.citation)" } ?? ""
            items.append(("Name the strongest evidence the author gives for this claim, and its paragraph: \(wording(line.claim)) \(line.claim.citation)",
                          "\(names(best.summary)) \(best.citation)\(next)"))
        }
        let checks = Set(ArgumentOutline.claimChecks(article, audience: audience).map(\.id))
        let candidate = outline.mainLines.map(\.claim).first { !checks.contains($0.id) && $0.kind != .fact && $0.hedge != nil && !isHidden($0) }
            ?? outline.mainLines.map(\.claim).first { !checks.contains($0.id) && !isHidden($0) }
        if let claim = candidate {
            let words = claim.hedge.map { " The words “\($0)” show it." } ?? ""
            let shown = isHidden(claim) ? wording(claim) : "“\(claim.excerpt)”"
            items.append(("Is this a fact, an opinion or a prediction, and which words tell you? \(shown) \(claim.citation)",
                          "\(Self.capitalisedFirst(claim.kind.phrase)).\(words)"))
        }
        return items.enumerated().map { index, item in
            .record(["number": .text(String(index + 1)), "question": .text(item.question), "answer": .text(item.answer)])
        }
    }

    static func capitalisedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
