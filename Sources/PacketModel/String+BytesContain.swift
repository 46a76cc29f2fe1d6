extension String {
    /// True when the UTF-8 bytes of `other` occur in this string's bytes: a fast test that rules
    /// text out before Foundation's slower, Unicode-aware search (which finds nothing the bytes
    /// rule out, unless the text holds a canonically equivalent spelling).
    public func bytesContain(_ other: String) -> Bool {
        var text = self, word = other
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard needle.count <= haystack.count else { return false }
                var i = 0
                let last = haystack.count - needle.count
                while i <= last {
                    if haystack[i] == first {
                        var k = 1
                        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
