/// What kind of named thing an entity is.
package enum EntityKind: String, Codable, Sendable, CaseIterable {
    case person, organization, place
}

/// A person, organisation or place the article names.
package struct Entity: SensitivityTagged, Codable, Hashable {
    package var id: String
    package var kind: EntityKind
    package var name: String
    /// Other names the article uses (surnames, abbreviations).
    package var aliases: [String]
    /// Role or description at the time of the article, in the editor's words (may use facts from
    /// outside the article; quizzes never ask it).
    package var role: String
    /// How the article itself describes them, in its exact words ("Baghdadi’s former military
    /// lieutenant and top spokesman"): what quizzes ask "according to the article".
    package var describedAs: String?
    /// Where ``describedAs`` stands in the article (computed by the validator).
    package var describedAsLocation: Location?
    /// For people: their stance on the article's question, if any.
    package var stance: String?
    package var teacherNote: String?
    /// Sensitivity tags, e.g. `perpetrator-name` on the people who carried out an attack: an audience
    /// that hides the tag never prints their names in its own text (the article keeps its words).
    package var sensitive: [String]
    /// How to refer to the person without the name, e.g. `the Orlando attacker`: used in place of
    /// the name wherever an audience hides it.
    package var referAs: String?
    /// Paragraphs where the name or an alias appears (computed by the validator).
    package var paragraphs: [Int]

    package init(id: String, kind: EntityKind, name: String, aliases: [String] = [], role: String,
                describedAs: String? = nil, describedAsLocation: Location? = nil,
                stance: String? = nil, teacherNote: String? = nil, sensitive: [String] = [], referAs: String? = nil,
                paragraphs: [Int] = []) {
        self.id = id; self.kind = kind; self.name = name; self.aliases = aliases; self.role = role
        self.describedAs = describedAs; self.describedAsLocation = describedAsLocation
        self.stance = stance; self.teacherNote = teacherNote; self.sensitive = sensitive; self.referAs = referAs
        self.paragraphs = paragraphs
    }

    /// The name and every alias.
    package var allNames: [String] { [name] + aliases }
}
