/// What sort of statement a claim is.
public enum ClaimKind: String, Codable, Sendable, CaseIterable {
    case fact, opinion, prediction, value, policy
}

/// A statement the article makes or reports; the thesis is a claim too.
public struct Claim: Excerpted, Codable, Hashable {
    public var id: String
    /// The claim in the model editor's words.
    public var text: String
    /// A plainer wording for younger readers.
    public var plain: String?
    public var kind: ClaimKind
    /// `author`, or the id of the person who asserts it.
    public var assertedBy: String
    /// A hedge or qualifier the article attaches (e.g. "largely", "far more likely").
    public var hedge: String?
    public var excerpt: String
    /// A note for the teacher, e.g. where the article states a fact loosely.
    public var teacherNote: String?
    public var sensitive: [String]
    public var location: Location?

    public init(id: String, text: String, plain: String? = nil, kind: ClaimKind, assertedBy: String = "author",
                hedge: String? = nil, excerpt: String, teacherNote: String? = nil, sensitive: [String] = [],
                location: Location? = nil) {
        self.id = id; self.text = text; self.plain = plain; self.kind = kind; self.assertedBy = assertedBy
        self.hedge = hedge; self.excerpt = excerpt; self.teacherNote = teacherNote; self.sensitive = sensitive
        self.location = location
    }

    /// The wording to show: the plain wording when preferred and present.
    public func wording(preferPlain: Bool) -> String {
        preferPlain ? (plain ?? text) : text
    }
}

/// How one claim or piece of evidence bears on a claim.
public enum RelationType: String, Codable, Sendable, CaseIterable {
    /// Gives a reason to accept the target.
    case supports
    /// A counterargument: a reason to doubt the target.
    case attacks
    /// Answers a counterargument (the target is usually an `attacks` source).
    case rebuts
}

/// A directed link: `from` supports, attacks or rebuts `to`.
public struct Relation: Codable, Sendable, Hashable {
    /// The claim or evidence id the link starts from.
    public var from: String
    /// The claim id it bears on.
    public var to: String
    public var type: RelationType
    public var note: String?

    public init(from: String, to: String, type: RelationType, note: String? = nil) {
        self.from = from; self.to = to; self.type = type; self.note = note
    }
}
