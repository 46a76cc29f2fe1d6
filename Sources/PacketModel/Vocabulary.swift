/// A word or phrase worth teaching, defined in our own words.
public struct VocabularyTerm: Excerpted, Codable, Hashable {
    public var id: String
    public var term: String
    public var definition: String
    /// `noun`, `verb`, `adjective`, `adverb`, `phrase`, …
    public var partOfSpeech: String
    /// 1 everyday, 2 academic, 3 subject-specific (Beck's tiers).
    public var tier: Int
    /// The words of the article the term stands in; defaults to the term itself.
    public var excerpt: String
    public var sensitive: [String]
    public var location: Location?

    public init(id: String, term: String, definition: String, partOfSpeech: String, tier: Int,
                excerpt: String? = nil, sensitive: [String] = [], location: Location? = nil) {
        self.id = id; self.term = term; self.definition = definition; self.partOfSpeech = partOfSpeech
        self.tier = tier; self.excerpt = excerpt ?? term; self.sensitive = sensitive; self.location = location
    }
}
