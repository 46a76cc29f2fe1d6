import Foundation

/// The words of a passage as the adaptation checks read them: capitalised words that may be names
/// (with whether each starts a sentence) and the spans inside quotation marks.
struct PassageWords {
    /// A capitalised word, without a possessive ending (`ISIS’s` → `ISIS`).
    struct Capitalised: Hashable {
        var word: String
        /// True at the start of the text or a sentence, or just inside a quotation mark, where any
        /// word is capitalised.
        var startsSentence: Bool
    }

    let capitalised: [Capitalised]
    /// Every word of the passage as written (possessives removed), for looking names up.
    let words: Set<String>
    /// The text inside each pair of quotation marks (“…” or "…").
    let quoted: [String]

    init(_ text: String) {
        var capitalised: [Capitalised] = []
        var words: Set<String> = []
        var word = ""
        var atStart = true
        var wordStartsSentence = true
        func end() {
            let bare = Self.withoutPossessive(word.trimmingCharacters(in: CharacterSet(charactersIn: ".-’'")))
            if !bare.isEmpty {
                words.insert(bare)
                for part in bare.split(separator: "-") { words.insert(String(part)) }
                if bare.first?.isUppercase == true { capitalised.append(Capitalised(word: bare, startsSentence: wordStartsSentence)) }
                atStart = false
            }
            word = ""
        }
        let characters = Array(text)
        for (i, c) in characters.enumerated() {
            if c.isLetter || c.isNumber || c == "’" || c == "'" || c == "-" || (c == "." && i + 1 < characters.count && characters[i + 1].isLetter) {
                if word.isEmpty { wordStartsSentence = atStart }
                word.append(c)
            } else {
                end()
                if ".!?:;".contains(c) || "“\"‘(".contains(c) { atStart = true }
            }
        }
        end()
        self.capitalised = capitalised
        self.words = words
        quoted = Self.quotedSpans(text)
    }

    private static func withoutPossessive(_ word: String) -> String {
        for ending in ["’s", "'s", "’", "'"] where word.hasSuffix(ending) && word.count > ending.count {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Text between “ and ”, or between two straight double quotes.
    private static func quotedSpans(_ text: String) -> [String] {
        var spans: [String] = []
        var current: String?
        for c in text {
            switch c {
            case "“": current = ""
            case "”": if let span = current { spans.append(span) }; current = nil
            case "\"": if let span = current { spans.append(span); current = nil } else { current = "" }
            default: current?.append(c)
            }
        }
        return spans.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Capitalised words that are not names: the pronoun I, months and days of the week.
    static let notNames: Set<String> = [
        "I", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday",
    ]
}
