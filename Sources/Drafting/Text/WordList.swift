/// A fixed set of words the finders test tokens against, answering the same as `Set<String>`
/// but faster for ASCII words.
///
/// The drafter asks such lists about every token, and SipHash seeding and finalising for those
/// lookups was a fifth of drafting a long text. An ASCII word is found by a cheap FNV-1a hash of
/// its bytes in an open-addressing table and compared with `==`. For ASCII text, equal strings
/// have equal bytes, so the answer is the set's; any other word is looked up in the set itself.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let table: [String: Value]
    /// Open addressing: slot k holds a word when `used[k]`, with its hash and value.
    private let used: [Bool]
    private let hashes: [UInt64]
    private let words: [String]
    private let slotValues: [Value?]
    private let mask: Int

    init(_ entries: [String: Value]) {
        table = entries
        var size = 8
        while size < entries.count * 2 { size *= 2 }
        var used = [Bool](repeating: false, count: size)
        var hashes = [UInt64](repeating: 0, count: size)
        var words = [String](repeating: "", count: size)
        var slotValues = [Value?](repeating: nil, count: size)
        // Sorted, so the table's layout does not depend on the dictionary's order.
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) {
            let hash = WordHash.fnv1a(word).value
            var k = Int(truncatingIfNeeded: hash) & (size - 1)
            while used[k] { k = (k + 1) & (size - 1) }
            used[k] = true; hashes[k] = hash; words[k] = word; slotValues[k] = value
        }
        self.used = used; self.hashes = hashes; self.words = words; self.slotValues = slotValues
        mask = size - 1
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The value of `word`, as `Dictionary`'s subscript gives it.
    subscript(word: String) -> Value? {
        let (hash, ascii) = WordHash.fnv1a(word)
        guard ascii else { return table[word] }
        var k = Int(truncatingIfNeeded: hash) & mask
        while used[k] {
            if hashes[k] == hash && words[k] == word { return slotValues[k] }
            k = (k + 1) & mask
        }
        return nil
    }

    var keys: Dictionary<String, Value>.Keys { table.keys }

    var values: Dictionary<String, Value>.Values { table.values }
}

/// The cheap hash the drafter's word tables use for ASCII words.
enum WordHash {
    /// FNV-1a of the UTF-8 bytes, and whether they are all ASCII.
    @inline(__always)
    static func fnv1a(_ word: String) -> (value: UInt64, ascii: Bool) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for byte in word.utf8 {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            high |= byte
        }
        return (h, high < 128)
    }
}

/// A ``WordTable`` without values: `contains` answers as `Set<String>.contains` does.
struct WordList: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Bool>
    private let words: Set<String>

    init<S: Sequence<String>>(_ words: S) {
        self.words = Set(words)
        table = WordTable(Dictionary(uniqueKeysWithValues: self.words.map { ($0, true) }))
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: String) -> Bool { table[word] != nil }

    /// This list and `other` together.
    func union<S: Sequence<String>>(_ other: S) -> WordList { WordList(words.union(other)) }

    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
