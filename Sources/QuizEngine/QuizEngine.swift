import PacketModel

/// Builds an audience's quiz from the article model: an item bank generated from the model's
/// argument, evidence, numbers, quotes, events, people, words and craft notes plus the editor's
/// prompts, and seeded printed forms A, B, … that hold the same items in different orders.
package enum QuizEngine {
    /// Builds the audience's item bank and `forms` forms (default audience.quiz.forms, at least 2: A, B…),
    /// reproducibly from `seed` (default: derived from article.id, FNV-1a 64 of the id).
    /// Throws ``QuizBlueprintError`` when the model cannot fill the audience's blueprint, and
    /// ``QuizCheckError`` (with one clear message per broken rule) when the self-check fails.
    package static func makeQuiz(for article: ArticleModel, audience: Audience,
                                forms: Int? = nil, seed: UInt64? = nil) throws -> QuizSet {
        try make(for: article, audience: audience, forms: forms, seed: seed, review: false).quiz
    }

    /// The quiz of a review copy (`packet build --draft`), made from a model still being finished:
    /// items that break a self-check rule are left out and a blueprint the model cannot meet yet is
    /// set aside, each with a note saying what the finished model needs. Never throws for either.
    package static func makeReviewQuiz(for article: ArticleModel, audience: Audience,
                                      forms: Int? = nil, seed: UInt64? = nil) throws -> (quiz: QuizSet, notes: [String]) {
        do {
            return try make(for: article, audience: audience, forms: forms, seed: seed, review: true)
        } catch let error as QuizBlueprintError {
            var relaxed = audience
            relaxed.quiz.blueprint = nil
            let made = try make(for: article, audience: relaxed, forms: forms, seed: seed, review: true)
            return (made.quiz, error.problems.map { "review copy: the quiz does not follow the blueprint yet: \($0)" } + made.notes)
        }
    }

    /// The quiz of a packet and its notes: the items left out because the text the class reads
    /// (an adaptation) does not support them, and for a review copy what ``makeReviewQuiz`` says.
    package static func makePacketQuiz(for article: ArticleModel, audience: Audience, forms: Int? = nil,
                                       seed: UInt64? = nil, review: Bool) throws -> (quiz: QuizSet, notes: [String]) {
        review ? try makeReviewQuiz(for: article, audience: audience, forms: forms, seed: seed)
            : try make(for: article, audience: audience, forms: forms, seed: seed, review: false)
    }

    private static func make(for article: ArticleModel, audience: Audience, forms: Int?, seed: UInt64?,
                             review: Bool) throws -> (quiz: QuizSet, notes: [String]) {
        let seed = seed ?? defaultSeed(for: article)
        let context = QuizContext(model: article, audience: audience, seed: seed)
        let oracle = TruthOracle(model: article)
        let checker = SelfCheck(oracle: oracle)
        var bankItems = bank(in: context, oracle: oracle)
        var notes: [String] = []
        // A class reading an adaptation answers from it: items it does not support are left out
        // before selection (and a blueprint they leave short says so).
        let reading = ReadingText(article: article, audience: audience)
        let adapted = AdaptedSupport(bankItems, reading: reading, article: article)
        bankItems = adapted.kept
        if let note = adapted.note { notes.append("quiz: " + note) }
        if review {
            // A draft's wording can break a rule (a cut sentence, a half quotation): leave the item out.
            bankItems.removeAll { item in
                let problems = checker.itemProblems(item)
                notes += problems.map { "review copy: left out \(item.id): \($0)" }
                return !problems.isEmpty
            }
        }
        // What the editor says the article lacks (`counterarguments: none`) is asked as argument structure.
        let blueprint = audience.quiz.blueprint.map { $0.excusing(article.absentSkills, total: audience.quiz.count) }
        if let original = audience.quiz.blueprint, let counts = original.counts(total: audience.quiz.count) {
            for skill in article.absentSkills where (counts[skill] ?? 0) > 0 {
                let n = counts[skill] ?? 0
                notes.append("the model says the article has no \(skill == .numbers ? "figures" : "opposing view") "
                    + "(\(skill == .numbers ? "statistics" : "counterarguments"): none): the blueprint's \(n) \(skill.rawValue) "
                    + "item\(n == 1 ? " is" : "s are") asked as argument-structure")
            }
        }
        var selectRandom = SplitMix64(seed: seed, purpose: "selection")
        let topics = ItemTopics(model: article)
        let selected: [QuizItem]
        if let blueprint {
            do {
                selected = try BlueprintSelector.select(from: bankItems, settings: audience.quiz, blueprint: blueprint,
                                                        topics: topics, audience: audience.name, random: &selectRandom)
            } catch var error as QuizBlueprintError where !adapted.lost.isEmpty {
                let short = Set(QuizSkill.allCases.filter { skill in error.problems.contains { $0.contains(" \(skill.rawValue) item") } })
                if let explanation = adapted.explanation(for: short) { error.problems.append(explanation) }
                throw error
            }
        } else {
            selected = ItemSelector.select(from: bankItems, settings: audience.quiz, topics: topics, random: &selectRandom)
        }
        // Every form holds the selected items laid out the same way, so one key (and quiz.json)
        // serves every form; the rest of the bank is balanced together with them.
        var bankRandom = SplitMix64(seed: seed, purpose: "bank")
        let onForms = FormAssembler.arrange(selected, random: &bankRandom)
        let selectedIDs = Set(selected.map(\.id))
        let rest = FormAssembler.arrange(bankItems.filter { !selectedIDs.contains($0.id) }, after: onForms, random: &bankRandom)
        let formCount = min(26, max(2, forms ?? audience.quiz.forms))
        let quizForms = (0..<formCount).map { k in
            let name = QuizItem.letter(k)
            var formSeed = SplitMix64(seed: seed, purpose: "form \(name)")
            return FormAssembler.form(named: name, items: onForms, seed: formSeed.next())
        }
        let arrangedBank = onForms + rest
        // Forms hold the bank's own items (checked there), so a form is checked for its layout only.
        var problems = checker.problems(in: arrangedBank, label: "bank")
            + quizForms.flatMap { form in
                form.items.allSatisfy { onForms.contains($0) }
                    ? checker.layoutProblems(in: form.items, label: "form \(form.name)")
                    : checker.problems(in: form.items, label: "form \(form.name)")
            }
        if let blueprint {
            for form in quizForms {
                problems += BlueprintCheck.problems(form.items, blueprint: blueprint, total: audience.quiz.count)
                    .map { "form \(form.name): \($0)" }
            }
        }
        if review {
            notes += problems.map { "review copy: \($0)" }
        } else if !problems.isEmpty {
            throw QuizCheckError(problems: problems)
        }
        return (QuizSet(bank: arrangedBank, forms: quizForms), notes)
    }

    /// The seed used when none is given: FNV-1a 64 of the article id.
    static func defaultSeed(for article: ArticleModel) -> UInt64 { FNV1a.hash(article.id) }

    /// Every item the audience may see, in canonical order: as each generator made them, generators
    /// in ``allGenerators`` order.
    static func bank(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let wanted = Set(context.audience.quiz.types.filter { $0.value > 0 }.map(\.key))
        return allGenerators.filter { wanted.contains($0.type) }.flatMap { $0.items(in: context, oracle: oracle) }
    }
}
