/// Tidies a rendered plain-text document: wraps long lines with hanging indents, removes trailing
/// spaces, keeps at most one blank line between blocks, and ends the text with exactly one newline.
///
/// Each input line is one paragraph or one list item. A line that fits is kept as it is; a longer
/// line is wrapped, its continuation lines indented under the text after its list marker (or under
/// its own indentation when it has none).
package struct TextReflow: Sendable {
    package var width: Int

    package init(width: Int) { self.width = max(1, width) }

    package func callAsFunction(_ document: String) -> String {
        let wrapper = WordWrapper(width: width)
        var output: [String] = []
        var previousBlank = true
        for rawLine in document.split(separator: "\n", omittingEmptySubsequences: false) {
            // A lone carriage return is dropped (looked for first: most lines have none).
            let bare = rawLine.utf8.contains(0x0D) ? String(rawLine.filter { $0 != "\r" }) : String(rawLine)
            let line = Substring(WordWrapper.trimmingTrailingSpaces(bare))
            if line.isEmpty {
                if !previousBlank { output.append("") }
                previousBlank = true
                continue
            }
            previousBlank = false
            if line.count <= width {
                output.append(String(line))
                continue
            }
            let marker = ListMarker.of(line)
            let body = line.dropFirst(marker.prefix.count)
            output += wrapper.wrap(String(body), firstIndent: marker.prefix, indent: marker.hangingIndent)
        }
        while output.last == "" { output.removeLast() }
        return output.joined(separator: "\n") + "\n"
    }
}
