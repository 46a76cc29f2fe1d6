import PacketModel

/// Put timeline events in order. Uses only the dates the article gives (``QuizContext/events``),
/// events whose dates cannot be confused (no two in the same period, e.g. "2017" and "July 2017"),
/// spread over the timeline; needs three of them.
enum OrderingGenerator: ItemGenerator {
    static let type = QuizItemType.ordering

    static func items(in context: QuizContext, oracle: TruthOracle) -> [QuizItem] {
        let events = spread(orderable(context.events), limit: min(5, context.optionCount + 1))
        let support = events.compactMap { context.support($0) }
        guard events.count >= 3, support.count == events.count else { return [] }
        let id = "ordering.timeline"
        var random = context.random(for: id)
        let inOrder = events.map { TextNormal.clause($0.description) }
        let options = Shuffle.notInOrder(inOrder, random: &random)
        let order = inOrder.compactMap { text in options.firstIndex(of: text) }
        let explanation = events.map { "\(ValueText.date($0.date)): \(TextNormal.clause($0.description)) \($0.citation)" }
            .joined(separator: "; ") + ". These are the dates the article gives or lets a reader work out."
        return [QuizItem(id: id, type: type, kind: .eventOrder, skill: .recall, dok: 1,
                         stem: "Put these events in the order they happened, earliest first.",
                         options: options, answer: .ordering(order), explanation: explanation,
                         support: support, bloom: .understand,
                         difficulty: events.contains { $0.basis == .resolved } ? .hard : .medium,
                         sources: events.map(\.id))]
    }

    /// Events in date order, leaving out any whose date overlaps one already taken or whose
    /// description repeats one, and any the article does not locate.
    static func orderable(_ events: [TimelineEvent]) -> [TimelineEvent] {
        var taken: [TimelineEvent] = []
        let sorted = events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        for event in sorted where event.location != nil {
            let clash = taken.contains { overlaps($0.date, event.date) || TextNormal.same($0.description, event.description) }
            if !clash { taken.append(event) }
        }
        return taken
    }

    /// `limit` events evenly spaced through `events` (first and last included).
    static func spread(_ events: [TimelineEvent], limit: Int) -> [TimelineEvent] {
        guard events.count > limit, limit > 1 else { return events }
        return (0..<limit).map { events[$0 * (events.count - 1) / (limit - 1)] }
    }

    private static func overlaps(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.year == b.year else { return false }
        guard let am = a.month, let bm = b.month else { return true }
        guard am == bm else { return false }
        guard let ad = a.day, let bd = b.day else { return true }
        return ad == bd
    }
}
