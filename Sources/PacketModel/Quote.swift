/// Whether the article quotes words verbatim or reports them.
package enum QuoteMode: String, Codable, Sendable, CaseIterable {
    case direct, paraphrase
}

/// Words the article attributes to a person.
package struct Quote: Excerpted, Codable, Hashable {
    package var id: String
    /// The quoted words exactly as printed (without the quotation marks).
    package var text: String
    /// Id of the person who said it.
    package var speaker: String
    /// The speaker's role at the time.
    package var role: String?
    package var mode: QuoteMode
    /// Where and when it was said.
    package var context: String?
    package var teacherNote: String?
    package var excerpt: String
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, text: String, speaker: String, role: String? = nil, mode: QuoteMode = .direct,
                context: String? = nil, teacherNote: String? = nil, excerpt: String, sensitive: [String] = [],
                location: Location? = nil) {
        self.id = id; self.text = text; self.speaker = speaker; self.role = role; self.mode = mode
        self.context = context; self.teacherNote = teacherNote; self.excerpt = excerpt
        self.sensitive = sensitive; self.location = location
    }
}
