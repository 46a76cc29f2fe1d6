/// What kind of named thing an entity is.
public enum EntityKind: String, Codable, Sendable, CaseIterable {
    case person, organization, place
}

/// A person, organisation or place the article names.
public struct Entity: Codable, Sendable, Hashable {
    public var id: String
    public var kind: EntityKind
    public var name: String
    /// Other names the article uses (surnames, abbreviations).
    public var aliases: [String]
    /// Role or description at the time of the article.
    public var role: String
    /// For people: their stance on the article's question, if any.
    public var stance: String?
    public var teacherNote: String?
    /// Paragraphs where the name or an alias appears (computed by the validator).
    public var paragraphs: [Int]

    public init(id: String, kind: EntityKind, name: String, aliases: [String] = [], role: String,
                stance: String? = nil, teacherNote: String? = nil, paragraphs: [Int] = []) {
        self.id = id; self.kind = kind; self.name = name; self.aliases = aliases; self.role = role
        self.stance = stance; self.teacherNote = teacherNote; self.paragraphs = paragraphs
    }

    /// The name and every alias.
    public var allNames: [String] { [name] + aliases }
}
