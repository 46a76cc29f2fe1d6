/// How much of one text's wording another repeats: the share of the first text's content words
/// (four letters or more, common function words left out) that the second also uses. An answer
/// that repeats its question's words can be found without reading the article.
enum WordOverlap {
    static let functionWords: Set<String> = [
        "that", "with", "from", "this", "have", "will", "were", "been", "after", "than", "they", "their",
        "which", "would", "about", "into", "more", "also", "only", "like", "when", "what", "there", "these",
    ]

    static func share(of text: String, repeatedIn other: String) -> Double {
        let words = contentWords(text)
        guard !words.isEmpty else { return 0 }
        return Double(words.intersection(contentWords(other)).count) / Double(words.count)
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(TextNormal.key(text).split(separator: " ").map(String.init).filter { $0.count >= 4 && !functionWords.contains($0) })
    }
}
