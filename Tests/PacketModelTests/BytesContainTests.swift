import PacketModel
import Testing

@Test("bytesContain finds a word's bytes wherever they stand and nowhere else",
      arguments: [
        ("subscribe to our newsletter", "newsletter", true), ("newsletter", "newsletter", true),
        ("news", "newsletter", false), ("", "a", false), ("anything", "", true), ("", "", true),
        ("aaab", "aab", true), ("abababac", "ababac", true), ("abababab", "ababac", false),
        ("Getty Images", "getty", false), ("photo © AP", "©", true), ("café", "cafe", false),
        ("x" + String(repeating: "ab", count: 500) + "abc", "abc", true), ("line end c", "c", true),
      ])
func bytesContainMatchesAByteSearch(text: String, word: String, expected: Bool) {
    #expect(text.bytesContain(word) == expected)
    // Same as searching the UTF-8 bytes by hand.
    let haystack = Array(text.utf8), needle = Array(word.utf8)
    let byHand = needle.isEmpty || (needle.count <= haystack.count
        && (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle })
    #expect(text.bytesContain(word) == byHand)
}
