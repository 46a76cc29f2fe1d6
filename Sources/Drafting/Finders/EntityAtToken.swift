/// Which found entity (by index) each token of a name mention belongs to: a dictionary's
/// subscript over an array, since the builder and quote finder ask about every token of many
/// sentences and hashing the token index was a hot spot on long texts.
struct EntityAtToken: Sendable {
    private var entity: [Int32]

    init(tokenCount: Int) { entity = [Int32](repeating: -1, count: tokenCount) }

    subscript(token: Int) -> Int? {
        get {
            guard entity.indices.contains(token) else { return nil }
            let e = entity[token]
            return e < 0 ? nil : Int(e)
        }
        set { entity[token] = newValue.map { Int32($0) } ?? -1 }
    }
}
