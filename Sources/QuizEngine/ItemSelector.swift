import PacketModel

/// Chooses a form's items from the bank when the audience has no blueprint: type counts from the
/// audience's type weights (largest remainder, moving what a type cannot supply to the others), then
/// within each type the items that best fill the Bloom mix, never two items that answer each other
/// and as few as it can on the same topic (see ``ItemTopics``).
enum ItemSelector {
    static func select(from bank: [QuizItem], settings: QuizSettings, topics: ItemTopics,
                       random: inout SplitMix64) -> [QuizItem] {
        let types = QuizItemType.allCases
        let available = Dictionary(grouping: bank, by: \.type).mapValues(\.count)
        let typeCounts = Apportionment.counts(total: settings.count, weights: settings.types, order: types, caps: available)
        let total = typeCounts.values.reduce(0, +)
        let bloomTargets = Apportionment.counts(total: total, weights: settings.bloom, order: BloomLevel.allCases)

        var chosen: [Int] = []
        var bloomTaken: [BloomLevel: Int] = [:]
        var usedSources: Set<String> = []
        var exclusive: Set<String> = []
        var wanted = typeCounts
        // Round robin over the types so that no type takes all the scarce Bloom levels first; the
        // types with the fewest items choose first, so plentiful types steer clear of their topics.
        let turnOrder = types.sorted { (available[$0] ?? 0, types.firstIndex(of: $0) ?? 0) < (available[$1] ?? 0, types.firstIndex(of: $1) ?? 0) }
        while wanted.values.contains(where: { $0 > 0 }) {
            for type in turnOrder where (wanted[type] ?? 0) > 0 {
                let candidates = bank.indices.filter {
                    bank[$0].type == type && !chosen.contains($0) && exclusive.isDisjoint(with: topics.exclusive(bank[$0]))
                }
                let keyed = candidates.map { i in
                    let item = bank[i]
                    let repeats = topics.keys(item).isDisjoint(with: usedSources) ? 0 : 1
                    let deficit = (bloomTargets[item.bloom] ?? 0) - (bloomTaken[item.bloom] ?? 0)
                    return (index: i, repeats: repeats, deficit: deficit, tiebreak: random.next())
                }
                guard let best = keyed.min(by: { ($0.repeats, -$0.deficit, $0.tiebreak) < ($1.repeats, -$1.deficit, $1.tiebreak) })
                else { wanted[type] = 0; continue }
                chosen.append(best.index)
                bloomTaken[bank[best.index].bloom, default: 0] += 1
                usedSources.formUnion(topics.keys(bank[best.index]))
                exclusive.formUnion(topics.exclusive(bank[best.index]))
                wanted[type, default: 0] -= 1
            }
        }
        return chosen.sorted().map { bank[$0] }
    }
}
