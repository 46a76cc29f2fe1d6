import PacketModel

/// The items a format could not hold, gathered while exporting so that nothing is dropped
/// silently: each export turns them into notes for ``RenderOutput/notes``.
struct LeftOutItems: Sendable {
    /// The file the notes speak of, e.g. `quiz.kahoot.xlsx`.
    var fileName: String
    private var unsupported: [QuizItem] = []
    private var malformed: [MalformedItem] = []
    private var other: [(id: String, reason: String)] = []

    init(fileName: String) { self.fileName = fileName }

    /// Records an item whose type the format has no way to ask.
    mutating func unsupported(_ item: QuizItem) { unsupported.append(item) }

    /// Records an item whose answer does not fit its options.
    mutating func malformed(_ item: MalformedItem) { malformed.append(item) }

    /// The items that have a shape, each with it; the others are recorded as malformed.
    mutating func shaped(_ items: [QuizItem]) -> [(item: QuizItem, shape: ItemShape)] {
        items.compactMap { item in
            switch ItemShape.of(item) {
            case .failure(let problem): malformed(problem); return nil
            case .success(let shape): return (item, shape)
            }
        }
    }

    /// Records an item left out for a format-specific reason (e.g. too many options).
    mutating func leaveOut(_ item: QuizItem, because reason: String) { other.append((item.id, reason)) }

    /// `quiz.kahoot.xlsx: left out 3 items (matching, ordering, essay)` and the like; empty when
    /// every item made it.
    var notes: [String] {
        var notes: [String] = []
        if !unsupported.isEmpty {
            let types = QuizItemType.allCases.filter { type in unsupported.contains { $0.type == type } }
            notes.append("\(fileName): left out \(Self.count(unsupported.count)) ("
                + types.map(\.rawValue).joined(separator: ", ") + ")")
        }
        for item in malformed {
            notes.append("\(fileName): left out item \(item.id) (\(item.reason))")
        }
        var reasons: [String] = []
        for item in other where !reasons.contains(item.reason) { reasons.append(item.reason) }
        for reason in reasons {
            let ids = other.filter { $0.reason == reason }.map(\.id)
            if ids.count == 1 {
                notes.append("\(fileName): left out item \(ids[0]) (\(reason))")
            } else {
                let named = ids.prefix(6).joined(separator: ", ") + (ids.count > 6 ? " and \(ids.count - 6) more" : "")
                notes.append("\(fileName): left out \(Self.count(ids.count)) (\(reason)): \(named)")
            }
        }
        return notes
    }

    private static func count(_ n: Int) -> String { n == 1 ? "1 item" : "\(n) items" }
}
