/// Numbers the distinct words of a text, so passes over every token compare and count numbers
/// instead of hashing strings.
///
/// Two words get the same number exactly when they are equal as Swift strings (canonical
/// equivalence), as a `[String: Int32]` numbering them in order would give. An ASCII word — nearly
/// every word — is found by an FNV-1a hash of its bytes in an open-addressing table, since equal
/// ASCII strings have equal bytes; every new word also goes into a dictionary, which is asked for
/// any word with other scalars (and before an ASCII word gets a new number, because "\u{212A}" is
/// canonically equal to "K").
struct WordNumbering {
    private var numbers: [String: Int32] = [:]
    /// Open addressing over ASCII words: the word's number, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 1024)
    private var slotHashes = [UInt64](repeating: 0, count: 1024)
    private var asciiCount = 0
    /// The words by number.
    private(set) var words: [String] = []

    /// The number of `word`, a new one if no equal word has come before.
    mutating func number(_ word: String) -> Int32 {
        let (hash, ascii) = WordHash.fnv1a(word)
        guard ascii else { return canonicalNumber(word) }
        let (slot, found) = probe(word, hash: hash)
        if let found { return found }
        let number = canonicalNumber(word)
        slots[slot] = number
        slotHashes[slot] = hash
        asciiCount += 1
        if asciiCount * 2 > slots.count { grow() }
        return number
    }

    /// The number of a word equal to `word`, if one has been numbered.
    func existingNumber(_ word: String) -> Int32? {
        let (hash, ascii) = WordHash.fnv1a(word)
        guard ascii else { return numbers[word] }
        return probe(word, hash: hash).number ?? numbers[word]
    }

    /// The ASCII table's slot holding `word`, or the empty slot where it would go.
    private func probe(_ word: String, hash: UInt64) -> (slot: Int, number: Int32?) {
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: hash) & mask
        while slots[k] >= 0 {
            if slotHashes[k] == hash && words[Int(slots[k])] == word { return (k, slots[k]) }
            k = (k + 1) & mask
        }
        return (k, nil)
    }

    private mutating func canonicalNumber(_ word: String) -> Int32 {
        if let number = numbers[word] { return number }
        let number = Int32(words.count)
        numbers[word] = number
        words.append(word)
        return number
    }

    private mutating func grow() {
        let old = zip(slots, slotHashes).filter { $0.0 >= 0 }
        slots = [Int32](repeating: -1, count: slots.count * 2)
        slotHashes = [UInt64](repeating: 0, count: slots.count)
        let mask = slots.count - 1
        for (number, hash) in old {
            var k = Int(truncatingIfNeeded: hash) & mask
            while slots[k] >= 0 { k = (k + 1) & mask }
            slots[k] = number
            slotHashes[k] = hash
        }
    }
}
