/// The article split into lines and word tokens: the one representation every finder reads.
///
/// A token is a maximal run of letters, digits and combining marks; everything between two
/// tokens (spaces, punctuation, quote marks, dashes) is their *gap*. Offsets count Unicode
/// scalars within a line, so a token's text is always a slice of its line.
///
/// A class, not a struct: it never changes once read, and the finders' helper closures capture it;
/// a struct of a dozen arrays was retained and released a dozen times per capture, which was most of
/// finding dates in a long text.
final class ArticleText: Sendable {
    struct Line {
        /// 1-based line number in the file.
        let number: Int
        let scalars: [Unicode.Scalar]
        /// Indices into ``ArticleText/tokens``.
        let tokens: Range<Int>
        var isBlank: Bool { tokens.isEmpty && scalars.allSatisfy { $0.isSpace } }
    }

    struct Token {
        /// Index into ``ArticleText/lines``.
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

    /// True when tokens `i` and `i + 1` stand on the same line separated by exactly `separators`.
    func joined(_ i: Int, by separators: Set<String>) -> Bool {
        i + 1 < tokens.count && tokens[i].line == tokens[i + 1].line && separators.contains(gap(after: i))
    }

    /// The article text from the start of token `first` to the end of token `last`.
    func text(from first: Int, through last: Int) -> String {
        let line = lines[tokens[first].line]
        return ArticleText.slice(line.scalars, tokens[first].start, tokens[last].end)
    }

    /// The whole text of line index `l`.
    func text(ofLine l: Int) -> String { ArticleText.slice(lines[l].scalars, 0, lines[l].scalars.count) }

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

    // MARK: Building

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

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
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

    static func tokenize(_ scalars: [Unicode.Scalar], lineIndex: Int, into tokens: inout [Token]) {
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
                text = slice(scalars, i, j)
                lower = text.lowercased()
            }
            let first = scalars[i]
            let capitalized = first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
            tokens.append(Token(line: lineIndex, start: i, end: j, text: text, lower: lower, isCapitalized: capitalized,
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
    static let abbreviations: WordList = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep",
        "rev", "prof", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "u", "s", "inc", "corp", "co", "ltd", "etc", "e", "i", "a", "p", "m",
    ]

    static func endsSentence(gap: String, previous: Token) -> Bool {
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
