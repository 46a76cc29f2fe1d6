/// Splits a text into ``TokenizedText`` lines and tokens, with each token's gap, whether it starts
/// a sentence and the numbers of its text and lower-case form. A long text is read in two halves
/// at once, split at a line break: nothing about a line depends on the lines before it, and the
/// second half's word numbers are mapped onto the first's when the halves are joined.
struct LineReader: Sendable {
    private(set) var lines: [TokenizedText.Line] = []
    private(set) var tokens: [TokenizedText.Token] = []
    private(set) var startsSentence: [Bool] = []
    private(set) var gaps: [String] = []
    private(set) var tails: [String] = []
    private(set) var textIds: [Int32] = []
    private(set) var lowerIds: [Int32] = []
    private(set) var numbering = WordNumbering()

    /// Texts at least this long (in UTF-8 bytes) are read in two halves at once.
    static let halvingSize = 256 * 1024

    /// Reads `text`, in two halves at once if it is at least `halvingSize` bytes long.
    static func read(_ text: String, halvingSize: Int = Self.halvingSize) -> LineReader {
        // About one token per five bytes of English: room for every token without regrowing.
        let expectedTokens = text.utf8.count / 5
        guard text.utf8.count >= halvingSize, let split = middleLineBreak(of: text) else {
            return read(text[...], firstLine: 0, reserving: expectedTokens)
        }
        let firstLines = text.utf8[..<split].count(where: { $0 == 0x0A })
        let (firstHalf, second) = concurrently({ read(text[..<split], firstLine: 0, reserving: expectedTokens) },
                                               { read(text[split...], firstLine: firstLines, reserving: expectedTokens / 2) })
        var first = firstHalf   // holds the only reference to its arrays, reserved for all the tokens
        first.append(second)
        return first
    }

    /// The index just after the line break nearest the middle of `text`, if it is not at the end.
    private static func middleLineBreak(of text: String) -> String.Index? {
        let utf8 = text.utf8
        let middle = utf8.index(utf8.startIndex, offsetBy: utf8.count / 2)
        if let breakAfter = utf8[middle...].firstIndex(of: 0x0A), utf8.index(after: breakAfter) < utf8.endIndex {
            return utf8.index(after: breakAfter)
        }
        return utf8[..<middle].lastIndex(of: 0x0A).map { utf8.index(after: $0) }
    }

    /// Reads `text`, whose first line is line index `firstLine` of the whole text.
    private static func read(_ text: Substring, firstLine: Int, reserving capacity: Int) -> LineReader {
        var read = LineReader()
        read.tokens.reserveCapacity(capacity)
        var current: [Unicode.Scalar] = []
        func flush() {
            if current.last == "\r" { current.removeLast() }
            let first = read.tokens.count
            let index = firstLine + read.lines.count
            tokenize(current, lineIndex: index, into: &read.tokens)
            read.lines.append(TokenizedText.Line(number: index + 1, scalars: current, tokens: first..<read.tokens.count))
            current.removeAll(keepingCapacity: true)
        }
        for scalar in String(text).unicodeScalars {   // iterating a Substring validates every index
            if scalar == "\n" { flush() } else { current.append(scalar) }
        }
        if !current.isEmpty { flush() }
        let tokens = read.tokens
        var starts = [Bool](repeating: false, count: tokens.count)
        var gaps = [String](repeating: "", count: tokens.count)
        var tails = [String](repeating: "", count: read.lines.count)
        for (l, line) in read.lines.enumerated() {
            tails[l] = TokenizedText.slice(line.scalars, line.tokens.last.map { tokens[$0].end } ?? 0, line.scalars.count)
            guard !line.tokens.isEmpty else { continue }
            starts[line.tokens.lowerBound] = true
            gaps[line.tokens.lowerBound] = TokenizedText.slice(line.scalars, 0, tokens[line.tokens.lowerBound].start)
            for i in line.tokens.dropFirst() {
                gaps[i] = TokenizedText.slice(line.scalars, tokens[i - 1].end, tokens[i].start)
                starts[i] = endsSentence(gap: gaps[i], previous: tokens[i - 1])
            }
        }
        read.startsSentence = starts
        read.gaps = gaps
        read.tails = tails
        read.numberWords()
        return read
    }

    /// Numbers each token's text and lower-case form (the lower-case form once per distinct text).
    private mutating func numberWords() {
        textIds = [Int32](repeating: 0, count: tokens.count)
        lowerIds = [Int32](repeating: 0, count: tokens.count)
        var lowerOfText: [Int32] = []
        for (i, token) in tokens.enumerated() {
            let id = numbering.number(token.text)
            if Int(id) >= lowerOfText.count { lowerOfText.append(contentsOf: repeatElement(-1, count: Int(id) + 1 - lowerOfText.count)) }
            if lowerOfText[Int(id)] < 0 { lowerOfText[Int(id)] = numbering.number(token.lower) }
            textIds[i] = id
            lowerIds[i] = lowerOfText[Int(id)]
        }
    }

    /// Appends `next`, the lines that follow these in the text (its line indices already count these lines).
    private mutating func append(_ next: LineReader) {
        let shift = tokens.count
        lines += next.lines.lazy.map { line in
            TokenizedText.Line(number: line.number, scalars: line.scalars,
                             tokens: (line.tokens.lowerBound + shift)..<(line.tokens.upperBound + shift))
        }
        tokens += next.tokens
        startsSentence += next.startsSentence
        gaps += next.gaps
        tails += next.tails
        // The second half's numbers, in the order it gave them, become this half's numbers for the same words.
        let numbers = next.numbering.words.map { numbering.number($0) }
        textIds += next.textIds.lazy.map { numbers[Int($0)] }
        lowerIds += next.lowerIds.lazy.map { numbers[Int($0)] }
    }
}

// MARK: Tokens and sentences

extension LineReader {
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// Appends the tokens of one line's scalars (line index `lineIndex`) to `tokens`.
    private static func tokenize(_ scalars: [Unicode.Scalar], lineIndex: Int, into tokens: inout [TokenizedText.Token]) {
        var i = 0
        while i < scalars.count {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            var j = i + 1
            var ascii = scalars[i].isASCII
            var digits = true, upper = true, anyUpper = false
            while j < scalars.count && isWordScalar(scalars[j]) { j += 1 }
            for k in i..<j {
                let v = scalars[k].value
                ascii = ascii && v < 128
                digits = digits && v >= 48 && v <= 57
                let isUpper = v < 128 ? (v >= 65 && v <= 90) : scalars[k].properties.isUppercase
                upper = upper && isUpper
                anyUpper = anyUpper || isUpper
            }
            let text: String, lower: String
            if ascii {
                text = asciiString(scalars[i..<j], lower: false)
                // Most words have no capital: their lower-case form is the text itself.
                lower = anyUpper ? asciiString(scalars[i..<j], lower: true) : text
            } else {
                text = TokenizedText.slice(scalars, i, j)
                lower = text.lowercased()
            }
            let first = scalars[i]
            let capitalized = first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
            tokens.append(TokenizedText.Token(line: lineIndex, start: i, end: j, text: text, lower: lower, isCapitalized: capitalized,
                                isDigits: digits, isAllCaps: upper && j - i >= 2))
            i = j
        }
    }

    private static func asciiString(_ scalars: ArraySlice<Unicode.Scalar>, lower: Bool) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (k, s) in scalars.enumerated() {
                let v = UInt8(truncatingIfNeeded: s.value)
                buffer[k] = lower && v >= 65 && v <= 90 ? v + 32 : v
            }
            return scalars.count
        }
    }

    /// Abbreviations whose full stop does not end a sentence.
    private static let abbreviations: WordList = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
        "rev", "prof", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "u", "s", "inc", "corp", "co", "ltd", "etc", "e", "i", "a", "p", "m",
    ]

    private static func endsSentence(gap: String, previous: TokenizedText.Token) -> Bool {
        if gap == " " { return false }   // the commonest gap by far
        let hasStop = gap.unicodeScalars.contains { $0 == "." || $0 == "!" || $0 == "?" }
        let hasSpace = gap.unicodeScalars.contains { $0.isSpace }
        guard hasStop && hasSpace else { return false }
        if gap.hasPrefix("."), abbreviations.contains(previous.lower) || (previous.text.unicodeScalars.count == 1 && !previous.isDigits) {
            return false
        }
        return true
    }
}
