/// Picks the running prose out of a plain-text document, for measuring its reading level.
///
/// A block (lines between blank lines) is prose when all its lines start at the left margin
/// without a list marker and, once a trailing citation such as `[¶3]` is set aside, ends like a sentence (`.`, `?`,
/// `!`, possibly followed by a closing quote or bracket). Headings, rules, labels and list items are
/// left out.
package enum ProseParagraphs {
    /// The prose paragraphs of `document`, each joined into one line.
    package static func of(_ document: String) -> [String] {
        var blocks: [[Substring]] = [[]]
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !(blocks.last ?? []).isEmpty { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        return blocks.compactMap { block -> String? in
            guard !block.isEmpty, block.allSatisfy({ $0.first?.isWhitespace == false && ListMarker.of($0).prefix.isEmpty })
            else { return nil }
            let text = block.map { $0.trimmingSpaces() }.joined(separator: " ")
            return endsLikeSentence(text) ? text : nil
        }
    }

    static func endsLikeSentence(_ text: String) -> Bool {
        var words = text.split(separator: " ")
        while let last = words.last, WordWrapper.isCitation(last) { words.removeLast() }
        guard var last = words.last else { return false }
        while let c = last.last, "”’\"')]".contains(c) { last = last.dropLast() }
        return last.last.map { ".?!".contains($0) } ?? false
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return s
    }
}
