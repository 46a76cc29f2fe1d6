/// Estimates how many syllables an English word has, by vowel groups with the usual corrections
/// (silent final *e*, *-le*, *-ed*, *-es*, suffixes such as *-ly* and *-ment*, vowel pairs that
/// are read as two syllables such as *-ia-*, *-io-*, *-ism*).
package enum Syllables {
    /// The syllable count of `word` (at least 1 for any word with a letter or digit; 0 otherwise).
    package static func count(_ word: String) -> Int {
        let letters = String(word.lowercased().filter { $0.isLetter && $0.isASCII })
        guard !letters.isEmpty else { return word.contains(where: { $0.isLetter || $0.isNumber }) ? 1 : 0 }
        return countLetters(letters)
    }

    private static func countLetters(_ text: String) -> Int {
        if let known = exceptions[text] { return known }
        if text.count <= 3 { return 1 }
        // Suffixes that add their own syllables to a root whose silent e stays silent ("largely").
        for (suffix, syllables) in suffixes where text.hasSuffix(suffix) && text.count > suffix.count + 2 {
            return countLetters(String(text.dropLast(suffix.count))) + syllables
        }
        let letters = Array(text)
        let n = letters.count
        func isVowel(_ i: Int) -> Bool { vowels.contains(letters[i]) && !(letters[i] == "y" && i == 0) }

        var count = 0
        for i in 0..<n where isVowel(i) && (i == 0 || !isVowel(i - 1)) { count += 1 }

        if text.hasSuffix("e") {
            // Silent final e ("make"), but "-le" after a consonant ("little"), "-ee" and "-ue" after
            // anything but q or g ("continue") are heard.
            if text.hasSuffix("le") && !isVowel(n - 3) {
            } else if text.hasSuffix("ee") || text.hasSuffix("ie") {
            } else if text.hasSuffix("ue") && !"qg".contains(letters[n - 3]) {
            } else if n > 2 && !(isVowel(n - 2) && !text.hasSuffix("ue")) || text.hasSuffix("gue") || text.hasSuffix("que") {
                count -= 1
            }
        }
        if text.hasSuffix("gues") || text.hasSuffix("ques") { count -= 1 }
        // "-ed" is silent except after t or d ("wanted"), or after a consonant and r or l ("hundred",
        // but not "killed").
        if text.hasSuffix("ed"), n > 3, !isVowel(n - 3), !"td".contains(letters[n - 3]),
           !("rl".contains(letters[n - 3]) && !isVowel(n - 4) && letters[n - 4] != letters[n - 3]) {
            count -= 1
        }
        // "-es" is heard only after sibilants ("places", "boxes").
        if text.hasSuffix("es"), n > 3, !isVowel(n - 3), !"sxzhgc".contains(letters[n - 3]) {
            count -= 1
        }
        // Vowel pairs read as two syllables.
        for i in 1..<n {
            let pair = String([letters[i - 1], letters[i]])
            let next = i + 1 < n ? letters[i + 1] : " "
            let before = i >= 2 ? letters[i - 2] : " "
            switch pair {
            case "ia", "io", "iu":
                // "media", "radio"; not "nation", "special", "religion", "opinion", "civilian" …
                // but "appreciate" and "associate" split again before t.
                if !"tscxgln".contains(before) || (pair == "ia" && next == "t") { count += 1 }
            case "ie":
                // "society", "experience", "deadliest".
                if next == "t" || (next == "n" && i + 2 < n && letters[i + 2] == "c") || text.hasSuffix("iest") && i == n - 3 {
                    count += 1
                }
            case "eo", "ua", "uo":
                count += 1
            case "ui", "yi", "ei", "oi":
                // "continuing", "lying", "being", "going"
                if next == "n" && i + 2 < n && letters[i + 2] == "g" { count += 1 }
            default:
                break
            }
        }
        // "-ism": the m is a syllable of its own ("terrorism").
        if text.hasSuffix("ism") || text.hasSuffix("isms") { count += 1 }
        return max(1, count)
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// Suffixes counted apart from their root, longest first.
    private static let suffixes: [(String, Int)] = [
        ("ically", 2), ("fully", 2), ("ments", 1), ("ment", 1), ("ness", 1), ("less", 1), ("ful", 1), ("ly", 1),
    ]

    /// Common words the rules get wrong.
    private static let exceptions: [String: Int] = [
        "any": 2, "many": 2, "people": 2, "every": 3, "business": 2, "whole": 1, "where": 1, "there": 1,
        "were": 1, "here": 1, "more": 1, "before": 2, "because": 2, "someone": 2, "something": 2,
        "sometimes": 2, "area": 3, "areas": 3, "idea": 3, "ideas": 3, "create": 2, "created": 3,
        "poem": 2, "quiet": 2, "science": 2, "video": 3, "radio": 3, "period": 3, "chaos": 2,
        "george": 1, "only": 2, "early": 2, "family": 3, "iraq": 2, "iraqi": 3, "syria": 3,
        "raqqa": 2, "mosul": 2, "qaeda": 2, "jihadist": 3, "jihadists": 3,
    ]
}
