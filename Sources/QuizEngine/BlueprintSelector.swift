import PacketModel

/// Chooses a form's items to meet the audience's blueprint: exactly the blueprint's number of
/// items of each skill and of two-part items, at least its numbers at DOK 2 and DOK 3, never two
/// items that answer each other (``ItemTopics/exclusive(_:)``), then as few shared topics as it can,
/// as many different kinds of question as it can, the item types in proportion to their weights
/// (essays never more than their weight's share, rounded up) and the Bloom mix. Fails with what the model
/// lacks when the bank cannot fill the blueprint.
enum BlueprintSelector {
    static func select(from bank: [QuizItem], settings: QuizSettings, blueprint: QuizBlueprint, topics: ItemTopics,
                       audience: String, random: inout SplitMix64) throws -> [QuizItem] {
        let total = settings.count
        guard let counts = blueprint.counts(total: total) else {
            throw QuizBlueprintError(audience: audience, problems: ["the blueprint's skills do not add up to the form's \(total) items"])
        }
        let eligible = bank.indices.filter { (settings.types[bank[$0].type] ?? 0) > 0 }
        let need2 = blueprint.atLeastDOK2.minimum(of: total), need3 = blueprint.atLeastDOK3.minimum(of: total)
        let typeWeight = settings.types.values.reduce(0, +)
        let bloomTargets = Apportionment.counts(total: total, weights: settings.bloom, order: BloomLevel.allCases)
        // Essays take a class far longer than other items: no more than their weight's share of the form.
        let essayCap = Int((Double(settings.types[.essay] ?? 0) / Double(max(1, settings.types.values.reduce(0, +)))
            * Double(total)).rounded(.up))

        var chosen: [Int] = []
        var exclusive: Set<String> = []
        var used: Set<String> = []
        var wanted = counts
        var typeTaken: [QuizItemType: Int] = [:], bloomTaken: [BloomLevel: Int] = [:], kindTaken: [QuizItemKind: Int] = [:]
        var shortfalls: [QuizSkill: Int] = [:]
        let supply = Dictionary(grouping: eligible, by: { bank[$0].skill }).mapValues(\.count)
        // Skills with the least to spare choose first, so plentiful skills steer clear of their topics.
        let turns = QuizSkill.allCases.filter { (counts[$0] ?? 0) > 0 }.sorted {
            ((supply[$0] ?? 0) - (counts[$0] ?? 0), QuizSkill.allCases.firstIndex(of: $0) ?? 0)
                < ((supply[$1] ?? 0) - (counts[$1] ?? 0), QuizSkill.allCases.firstIndex(of: $1) ?? 0)
        }
        while turns.contains(where: { (wanted[$0] ?? 0) > 0 }) {
            for skill in turns where (wanted[skill] ?? 0) > 0 {
                let twoPartTaken = chosen.filter { bank[$0].type == .twoPart }.count
                let dok2 = chosen.filter { bank[$0].dok >= 2 }.count, dok3 = chosen.filter { bank[$0].dok >= 3 }.count
                let candidates = eligible.filter { i in
                    let item = bank[i]
                    return item.skill == skill && !chosen.contains(i) && exclusive.isDisjoint(with: topics.exclusive(item))
                        && (item.type != .twoPart || twoPartTaken < blueprint.twoPart)
                        && (item.type != .essay || (typeTaken[.essay] ?? 0) < essayCap)
                }
                let keyed = candidates.map { i -> (index: Int, key: [Double]) in
                    let item = bank[i]
                    let twoPartMissing = twoPartTaken < blueprint.twoPart && item.type != .twoPart ? 1.0 : 0
                    let gain = (item.dok >= 3 && dok3 < need3 ? 2.0 : 0) + (item.dok >= 2 && dok2 < need2 ? 1 : 0)
                    let repeats = topics.keys(item).isDisjoint(with: used) ? 0.0 : 1
                    let share = Double(settings.types[item.type] ?? 0) / Double(max(1, typeWeight)) * Double(total)
                    let typeDeficit = share - Double(typeTaken[item.type] ?? 0)
                    let bloomDeficit = Double((bloomTargets[item.bloom] ?? 0) - (bloomTaken[item.bloom] ?? 0))
                    let sameKind = Double(kindTaken[item.kind] ?? 0)
                    return (i, [twoPartMissing, -gain, repeats, sameKind, -typeDeficit, -bloomDeficit, Double(random.next() >> 11)])
                }
                guard let best = keyed.min(by: { $0.key.lexicographicallyPrecedes($1.key) }) else {
                    shortfalls[skill] = wanted[skill]
                    wanted[skill] = 0
                    continue
                }
                let item = bank[best.index]
                chosen.append(best.index)
                exclusive.formUnion(topics.exclusive(item))
                used.formUnion(topics.keys(item))
                typeTaken[item.type, default: 0] += 1
                kindTaken[item.kind, default: 0] += 1
                bloomTaken[item.bloom, default: 0] += 1
                wanted[skill, default: 0] -= 1
            }
        }
        let items = chosen.sorted().map { bank[$0] }
        let problems = shortfalls.keys.sorted { QuizSkill.allCases.firstIndex(of: $0)! < QuizSkill.allCases.firstIndex(of: $1)! }
            .map { skill in
                let need = counts[skill] ?? 0
                let got = need - (shortfalls[skill] ?? 0)
                return "a form needs \(need) \(skill.rawValue) item\(need == 1 ? "" : "s"), but the model supplies \(got) that can share a form: "
                    + QuizBlueprintError.hint(skill)
            } + BlueprintCheck.problems(items, blueprint: blueprint, total: total).filter { _ in shortfalls.isEmpty }
        guard problems.isEmpty else { throw QuizBlueprintError(audience: audience, problems: problems) }
        return items
    }
}

/// Whether a form meets a blueprint, and what it is short of.
enum BlueprintCheck {
    static func problems(_ items: [QuizItem], blueprint: QuizBlueprint, total: Int) -> [String] {
        var problems: [String] = []
        if let counts = blueprint.counts(total: total) {
            for skill in QuizSkill.allCases {
                let got = items.filter { $0.skill == skill }.count, need = counts[skill] ?? 0
                if got != need { problems.append("has \(got) \(skill.rawValue) item\(got == 1 ? "" : "s"), the blueprint asks for \(need)") }
            }
        }
        let twoPart = items.filter { $0.type == .twoPart }.count
        if twoPart != blueprint.twoPart {
            problems.append("has \(twoPart) two-part item\(twoPart == 1 ? "" : "s"), the blueprint asks for \(blueprint.twoPart): "
                + "two-part items need a thesis with evidence or claims that support it directly, or an opposing view with the author's answer")
        }
        let need2 = blueprint.atLeastDOK2.minimum(of: total), need3 = blueprint.atLeastDOK3.minimum(of: total)
        let dok2 = items.filter { $0.dok >= 2 }.count, dok3 = items.filter { $0.dok >= 3 }.count
        if dok2 < need2 {
            problems.append("has \(dok2) items at DOK 2 or more, the blueprint asks for at least \(need2) (\(blueprint.atLeastDOK2)): "
                + "add claims, relations and evidence so that more argument items can be asked")
        }
        if dok3 < need3 {
            problems.append("has \(dok3) items at DOK 3 or more, the blueprint asks for at least \(need3) (\(blueprint.atLeastDOK3)): "
                + "DOK 3 items come from two-part items, the author's answer to an opposing view, statistics with 'does_not_show' "
                + "and questions with 'dok: 3'")
        }
        return problems
    }
}
