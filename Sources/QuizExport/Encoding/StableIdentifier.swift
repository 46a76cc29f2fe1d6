/// Identifiers that stay the same from run to run: `g` and 32 hex digits made from a text with
/// two 64-bit FNV-1a hashes (Canvas identifies quizzes and items this way).
enum StableIdentifier {
    static func make(_ text: String) -> String {
        "g" + hex(fnv1a(text, basis: 0xcbf2_9ce4_8422_2325)) + hex(fnv1a(text, basis: 0x84222325_cbf29ce4))
    }

    private static func fnv1a(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
