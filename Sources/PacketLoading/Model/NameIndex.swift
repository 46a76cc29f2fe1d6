/// Which paragraphs can hold a name, found through the name's first run of ASCII letters and digits.
///
/// A name is found only as a whole word (``ModelValidator/containsWord(_:in:)``): for an ASCII
/// name starting with a letter or digit, its first run of ASCII letters and digits then stands in
/// the paragraph as a whole run too, so only the paragraphs listing that run need the slow search.
/// Paragraphs holding a scalar canonically equal to ASCII (``ByteSearch/hasLookalike(_:)``) and
/// names this cannot narrow are searched everywhere, as before. Looking for every name in every
/// paragraph made validating the draft of a 5 MB text take most of a minute.
struct NameIndex {
    private let paragraphsByRun: [String: [Int]]
    /// Paragraphs every name must be looked for in.
    private let alwaysSearched: [Int]
    private let count: Int

    init(_ texts: [String]) {
        var index: [String: [Int]] = [:]
        var always: [Int] = []
        for (k, text) in texts.enumerated() {
            if ByteSearch.hasLookalike(text) { always.append(k) }
            for run in Set(Self.runs(text)) { index[run, default: []].append(k) }
        }
        paragraphsByRun = index
        alwaysSearched = always
        count = texts.count
    }

    /// The paragraphs (ascending) that can hold `name` as a whole word.
    func candidates(for name: String) -> [Int] {
        guard name.utf8.allSatisfy({ $0 < 128 }), let first = name.utf8.first, Self.isRunByte(first),
              let run = Self.runs(name).first else { return Array(0..<count) }
        return Array(Set(paragraphsByRun[run] ?? []).union(alwaysSearched)).sorted()
    }

    private static func isRunByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// The maximal runs of ASCII letters and digits in `text`, in order.
    private static func runs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            if isRunByte(byte) { current.append(byte); continue }
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }
}
