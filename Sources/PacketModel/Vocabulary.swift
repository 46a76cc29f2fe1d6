/// A word or phrase worth teaching, defined in our own words.
package struct VocabularyTerm: Excerpted, Codable, Hashable {
    package var id: String
    package var term: String
    package var definition: String
    /// `noun`, `verb`, `adjective`, `adverb`, `phrase`, …
    package var partOfSpeech: String
    /// 1 everyday, 2 academic, 3 subject-specific (Beck's tiers).
    package var tier: Int
    /// The words of the article the term stands in; defaults to the term itself.
    package var excerpt: String
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, term: String, definition: String, partOfSpeech: String, tier: Int,
                excerpt: String? = nil, sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.term = term; self.definition = definition; self.partOfSpeech = partOfSpeech
        self.tier = tier; self.excerpt = excerpt ?? term; self.sensitive = sensitive; self.location = location
    }
}
