/// What sort of statement a claim is.
package enum ClaimKind: String, Codable, Sendable, CaseIterable {
    case fact, opinion, prediction, value, policy
}

/// A statement the article makes or reports; the thesis is a claim too.
package struct Claim: Excerpted, Codable, Hashable {
    package var id: String
    /// The claim in the model editor's words.
    package var text: String
    /// A plainer wording for younger readers.
    package var plain: String?
    package var kind: ClaimKind
    /// `author`, or the id of the person who asserts it.
    package var assertedBy: String
    /// A hedge or qualifier the article attaches (e.g. "largely", "far more likely").
    package var hedge: String?
    package var excerpt: String
    /// A note for the teacher, e.g. where the article states a fact loosely.
    package var teacherNote: String?
    package var sensitive: [String]
    package var location: Location?

    package init(id: String, text: String, plain: String? = nil, kind: ClaimKind, assertedBy: String = "author",
                hedge: String? = nil, excerpt: String, teacherNote: String? = nil, sensitive: [String] = [],
                location: Location? = nil) {
        self.id = id; self.text = text; self.plain = plain; self.kind = kind; self.assertedBy = assertedBy
        self.hedge = hedge; self.excerpt = excerpt; self.teacherNote = teacherNote; self.sensitive = sensitive
        self.location = location
    }

    /// The wording to show: the plain wording when preferred and present.
    package func wording(preferPlain: Bool) -> String {
        preferPlain ? (plain ?? text) : text
    }
}

/// How one claim or piece of evidence bears on a claim.
package enum RelationType: String, Codable, Sendable, CaseIterable {
    /// Gives a reason to accept the target.
    case supports
    /// A counterargument: a reason to doubt the target.
    case attacks
    /// Answers a counterargument (the target is usually an `attacks` source).
    case rebuts
}

/// A directed link: `from` supports, attacks or rebuts `to`.
package struct Relation: Codable, Sendable, Hashable {
    /// The claim or evidence id the link starts from.
    package var from: String
    /// The claim id it bears on.
    package var to: String
    package var type: RelationType
    package var note: String?

    package init(from: String, to: String, type: RelationType, note: String? = nil) {
        self.from = from; self.to = to; self.type = type; self.note = note
    }
}
