import PacketModel

extension ModelValidator {
    /// Words that read wrongly once an item is shown on its own: a claim that says "he" before
    /// naming anyone, and a question that calls an unnamed author "he" or "she".
    func checkWording(_ model: ArticleModel) {
        let names = model.people.flatMap(\.allNames)
        for (i, claim) in model.allClaims.enumerated() {
            let path = i == 0 ? "thesis" : "claims[\(i - 1)]"
            for (key, text) in [("text", claim.text), ("plain", claim.plain)] {
                guard let text, let pronoun = Pronouns.opening(text, names: names) else { continue }
                sink.warning("claim '\(claim.id)': '\(key)' opens with '\(pronoun)' before naming anyone, but claims are shown "
                    + "on their own (in lists, quizzes, organizers): name the person", at: mark("\(path).\(key)"))
            }
        }
        guard model.metadata.author == nil else { return }
        for (i, question) in model.questions.enumerated() {
            for (key, text) in [("prompt", question.prompt), ("model_answer", question.modelAnswer)]
                + question.rubric.enumerated().map({ ("rubric[\($0)].description", $1.description) }) {
                guard let text, let pronoun = Pronouns.forAuthor(in: text, names: names) else { continue }
                sink.warning("question '\(question.id)': '\(key)' calls the author '\(pronoun)', but the article names no author: "
                    + "write 'the author' or 'they'", at: mark("questions[\(i)].\(key)"))
            }
        }
    }
}

/// Finds gendered third-person pronouns that have nothing to refer to.
enum Pronouns {
    static let gendered: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]

    /// A gendered pronoun among the first three words of `text` ("His call…", "In 2016 he told…"),
    /// before any of `names`: such a sentence needs the words before it to make sense.
    static func opening(_ text: String, names: [String]) -> String? {
        guard let (_, index) = firstPronoun(in: text) else { return nil }
        let wordsBefore = text[..<index].split(whereSeparator: { $0 == " " }).count
        return wordsBefore < 3 ? unanchored(in: text, names: names) : nil
    }

    /// The first gendered pronoun of `text` that comes before any of `names` (whole words), if any.
    static func unanchored(in text: String, names: [String]) -> String? {
        guard let (word, index) = firstPronoun(in: text) else { return nil }
        let before = String(text[..<index])
        let named = names.contains { name in
            var start = before.startIndex
            while let range = before.range(of: name, range: start..<before.endIndex) {
                let prior = range.lowerBound == before.startIndex ? nil : before[before.index(before: range.lowerBound)]
                let next = range.upperBound == before.endIndex ? nil : before[range.upperBound]
                if !(prior?.isLetter ?? false), !(next?.isLetter ?? false) { return true }
                start = range.upperBound
            }
            return false
        }
        return named ? nil : word
    }

    /// In a text that speaks of "the author" or "the writer", a gendered pronoun that comes before
    /// any person the article names, so it can only mean the author.
    static func forAuthor(in text: String, names: [String]) -> String? {
        let lower = text.lowercased()
        guard lower.contains("author") || lower.contains("writer") else { return nil }
        return unanchored(in: text, names: names)
    }

    private static func firstPronoun(in text: String) -> (String, String.Index)? {
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter else { index = text.index(after: index); continue }
            let start = index
            while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
            let word = String(text[start..<index])
            if gendered.contains(word.lowercased()) { return (word, start) }
        }
        return nil
    }
}
