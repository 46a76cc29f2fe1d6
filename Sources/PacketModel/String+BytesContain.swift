#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// True when the UTF-8 bytes of `other` occur in this string's bytes: a fast test that rules
    /// text out before Foundation's slower, Unicode-aware search (which finds nothing the bytes
    /// rule out, unless the text holds a canonically equivalent spelling). The C library's `memchr`
    /// finds each candidate first byte and `memcmp` checks the rest: several times faster than a
    /// byte loop on long texts.
    package func bytesContain(_ other: String) -> Bool {
        var text = self, word = other
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count, let h = haystack.baseAddress, let n = needle.baseAddress else {
                    return false
                }
                let first = Int32(needle[0])
                let end = h + (haystack.count - needle.count + 1)   // a match must start before this
                var from = h
                while from < end, let hit = memchr(from, first, end - from) {
                    let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate, n, needle.count) == 0 { return true }
                    from = candidate + 1
                }
                return false
            }
        }
    }
}
