/// The article split into lines and word tokens: the one representation every finder reads.
///
/// A token is a maximal run of letters, digits and combining marks; everything between two
/// tokens (spaces, punctuation, quote marks, dashes) is their *gap*. Offsets count Unicode
/// scalars within a line, so a token's text is always a slice of its line.
///
/// A class, not a struct: it never changes once read, and the finders' helper closures capture it;
/// a struct of a dozen arrays was retained and released a dozen times per capture, which was most of
/// finding dates in a long text.
final class TokenizedText: Sendable {
    struct Line {
        /// 1-based line number in the file.
        let number: Int
        let scalars: [Unicode.Scalar]
        /// Indices into ``TokenizedText/tokens``.
        let tokens: Range<Int>
        var isBlank: Bool { tokens.isEmpty && scalars.allSatisfy { $0.isSpace } }
    }

    struct Token {
        /// Index into ``TokenizedText/lines``.
        let line: Int
        let start: Int
        let end: Int
        let text: String
        let lower: String
        /// Starts with an upper-case letter.
        let isCapitalized: Bool
        /// Only ASCII digits.
        let isDigits: Bool
        /// Two or more letters, all upper case ("ISIS").
        let isAllCaps: Bool
        /// How many Unicode scalars the token has (a single capital is an initial: "H." in "Jerome H. Powell").
        var scalarCount: Int { end - start }
    }

    let lines: [Line]
    let tokens: [Token]
    /// Per token: true when it begins a sentence.
    let startsSentence: [Bool]
    /// Per token: a number standing for its text; two tokens have equal texts exactly when their numbers are equal.
    let textIds: [Int32]
    /// Per token: a number standing for its lower-case form, numbered with the texts (so a token
    /// whose text is lower case has equal numbers).
    let lowerIds: [Int32]
    /// How many numbers ``textIds`` and ``lowerIds`` use (0 up to this).
    let wordCount: Int
    /// Per word number: the ``WordClass`` bits of the lists holding that word.
    private let classes: [UInt32]
    /// The numbering behind ``textIds`` and ``lowerIds``.
    private let numbering: WordNumbering
    /// Per token: the characters between it and the token before it on its line (from the line start for the first).
    private let gaps: [String]
    /// Per line: the characters after its last token.
    private let tails: [String]

    init(_ text: String) {
        let read = LineReader.read(text)
        lines = read.lines
        tokens = read.tokens
        startsSentence = read.startsSentence
        gaps = read.gaps
        tails = read.tails
        textIds = read.textIds
        lowerIds = read.lowerIds
        let numbering = read.numbering
        wordCount = numbering.words.count
        var classes = [UInt32](repeating: 0, count: wordCount)
        for wordClass in WordClass.allCases {
            for word in wordClass.words {
                if let n = numbering.existingNumber(word) { classes[Int(n)] |= wordClass.bit }
            }
        }
        self.classes = classes
        self.numbering = numbering
    }

    // MARK: Reading

    /// True when token `i`'s lower-case form is a word of `wordClass` (as its list's `contains` says).
    @inline(__always)
    func lower(_ i: Int, is wordClass: WordClass) -> Bool { classes[Int(lowerIds[i])] & wordClass.bit != 0 }

    /// True when token `i`'s text, as printed, is a word of `wordClass`.
    @inline(__always)
    func text(_ i: Int, is wordClass: WordClass) -> Bool { classes[Int(textIds[i])] & wordClass.bit != 0 }

    /// The number ``textIds`` and ``lowerIds`` use for `word`, if some token's text or lower-case form equals it.
    func number(of word: String) -> Int32? { numbering.existingNumber(word) }

    /// The characters between token `i - 1` and token `i` (empty at a line start).
    func gap(before i: Int) -> String { gaps[i] }

    /// The characters between token `i` and token `i + 1` (to the line end for the last token).
    func gap(after i: Int) -> String {
        i + 1 < lines[tokens[i].line].tokens.upperBound ? gaps[i + 1] : tails[tokens[i].line]
    }

    /// The characters after the last token of line index `l`.
    func tail(ofLine l: Int) -> String { tails[l] }

    /// True when tokens `i` and `i + 1` stand on the same line separated by exactly `separators`.
    func joined(_ i: Int, by separators: Set<String>) -> Bool {
        i + 1 < tokens.count && tokens[i].line == tokens[i + 1].line && separators.contains(gap(after: i))
    }

    /// The article text from the start of token `first` to the end of token `last`.
    func text(from first: Int, through last: Int) -> String {
        let line = lines[tokens[first].line]
        return TokenizedText.slice(line.scalars, tokens[first].start, tokens[last].end)
    }

    /// The whole text of line index `l`.
    func text(ofLine l: Int) -> String { TokenizedText.slice(lines[l].scalars, 0, lines[l].scalars.count) }

    /// The sentence around token `i`, as a token range limited to its line.
    func sentence(around i: Int) -> Range<Int> {
        let line = lines[tokens[i].line].tokens
        var lo = i
        while lo > line.lowerBound && !startsSentence[lo] { lo -= 1 }
        var hi = i + 1
        while hi < line.upperBound && !startsSentence[hi] { hi += 1 }
        return lo..<hi
    }

    /// Token ranges of each sentence of a line.
    func sentences(inLine l: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = lines[l].tokens.lowerBound
        for i in lines[l].tokens.dropFirst() where startsSentence[i] {
            result.append(start..<i)
            start = i
        }
        if start < lines[l].tokens.upperBound { result.append(start..<lines[l].tokens.upperBound) }
        return result
    }

    // MARK: Slicing

    /// The scalars `from..<to` of a line as a string.
    static func slice(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        if to - from == 1 {
            switch scalars[from] {   // the commonest gaps, without building a string
            case " ": return " "
            case "-": return "-"
            case "’": return "’"
            case "'": return "'"
            default: break
            }
        }
        if to - from == 2 && scalars[from + 1] == " " {
            switch scalars[from] {
            case ",": return ", "
            case ".": return ". "
            default: break
            }
        }
        var length = 0
        for k in from..<to { length += UTF8.width(scalars[k]) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for k in from..<to {
                UTF8.encode(scalars[k]) { byte in buffer[n] = byte; n += 1 }
            }
            return n
        }
    }
}
