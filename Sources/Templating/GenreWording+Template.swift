import PacketModel

/// How every text renderer (briefing, guide) hands the genre's words to its templates, in one place.
extension GenreWording {
    /// The template names under `wording` (templates/README.md lists them).
    package static let shape = TemplateShape.record([
        "author": .text, "Author": .text, "authors": .text, "Authors": .text,
        "writer": .text, "Writer": .text, "writers": .text, "Writers": .text,
        "thesis": .text, "Thesis": .text, "centralClaim": .text, "piece": .text, "kind": .text, "argued": .flag, "speech": .flag,
    ])

    /// `wording` for a template: the words for this genre, in small and capital forms.
    package var templateValue: TemplateValue {
        let cap = GenreWording.capitalized
        return .record([
            "author": .text(author), "Author": .text(cap(author)),
            "authors": .text(author + "’s"), "Authors": .text(cap(author) + "’s"),
            "writer": .text(writer), "Writer": .text(cap(writer)),
            "writers": .text(writer + "’s"), "Writers": .text(cap(writer) + "’s"),
            "thesis": .text(thesis), "Thesis": .text(cap(thesis)), "centralClaim": .text(centralClaim),
            "piece": .text(piece), "kind": .text(kind), "argued": .flag(isArgued), "speech": .flag(genre == .speech),
        ])
    }
}
