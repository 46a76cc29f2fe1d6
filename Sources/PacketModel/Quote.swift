/// Whether the article quotes words verbatim or reports them.
public enum QuoteMode: String, Codable, Sendable, CaseIterable {
    case direct, paraphrase
}

/// Words the article attributes to a person.
public struct Quote: Excerpted, Codable, Hashable {
    public var id: String
    /// The quoted words exactly as printed (without the quotation marks).
    public var text: String
    /// Id of the person who said it.
    public var speaker: String
    /// The speaker's role at the time.
    public var role: String?
    public var mode: QuoteMode
    /// Where and when it was said.
    public var context: String?
    public var teacherNote: String?
    public var excerpt: String
    public var sensitive: [String]
    public var location: Location?

    public init(id: String, text: String, speaker: String, role: String? = nil, mode: QuoteMode = .direct,
                context: String? = nil, teacherNote: String? = nil, excerpt: String, sensitive: [String] = [],
                location: Location? = nil) {
        self.id = id; self.text = text; self.speaker = speaker; self.role = role; self.mode = mode
        self.context = context; self.teacherNote = teacherNote; self.excerpt = excerpt
        self.sensitive = sensitive; self.location = location
    }
}
