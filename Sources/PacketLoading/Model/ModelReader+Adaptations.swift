import PacketModel
import Yams

extension ModelReader {
    /// `adaptations:` — a mapping from a reading band (`grades-6-8`) to its paragraphs, keyed by the
    /// original paragraph's number, and an optional glossary:
    ///
    ///     adaptations:
    ///       grades-6-8:
    ///         paragraphs:
    ///           1: "One adapted paragraph."
    ///           2: ["Two short", "paragraphs."]
    ///           7: { omit: "Why younger readers do not read it." }
    ///         glossary:
    ///           - { term: caliphate, definition: "…" }
    func readAdaptations(_ node: Node, _ path: String) -> [Adaptation]? {
        guard case .mapping(let bands) = node else {
            context.sink.error("'adaptations' must be a mapping from a reading band (e.g. grades-6-8) to its paragraphs, found \(MappingReader.describe(node))",
                               at: node.mark)
            return nil
        }
        var adaptations: [Adaptation] = []
        for (key, value) in bands {
            guard let band = key.string, !band.isEmpty else {
                context.sink.error("a reading band must be a name such as grades-6-8", at: key.mark)
                continue
            }
            let bandPath = MappingReader.join(path, band)
            guard let m = MappingReader(value, path: bandPath, what: "adaptation '\(band)'", allowed: ["paragraphs", "glossary"],
                                        context: context) else { continue }
            let adaptation = Adaptation(band: band, paragraphs: [], glossary: [])
            if adaptation.gradeRange == nil {
                context.sink.error("adaptation '\(band)': name the reading band by its grades, e.g. grades-6-8 or grade-5",
                                   at: key.mark)
            }
            let paragraphs = m.nested("paragraphs") { node, path in readAdaptedParagraphs(node, path, band: band) } ?? []
            let glossary = m.list("glossary") { node, path -> GlossaryEntry? in
                guard let g = MappingReader(node, path: path, what: "glossary entry", allowed: ["term", "definition"],
                                            context: context) else { return nil }
                let term = g.text("term"), definition = g.text("definition")
                guard let term, let definition else { return nil }
                return GlossaryEntry(term: term, definition: definition)
            }
            adaptations.append(Adaptation(band: band, paragraphs: paragraphs, glossary: glossary))
        }
        return adaptations
    }

    private func readAdaptedParagraphs(_ node: Node, _ path: String, band: String) -> [AdaptedParagraph]? {
        guard case .mapping(let entries) = node else {
            context.sink.error("'paragraphs' of adaptation '\(band)' must map each paragraph number to its adapted text, found \(MappingReader.describe(node))",
                               at: node.mark)
            return nil
        }
        var paragraphs: [AdaptedParagraph] = []
        var seen: Set<Int> = []
        for (key, value) in entries {
            guard case .scalar = key, let number = key.int, number >= 1 else {
                context.sink.error("adaptation '\(band)': '\(key.string ?? "?")' is not a paragraph number (1, 2, 3…)", at: key.mark)
                continue
            }
            guard seen.insert(number).inserted else {
                context.sink.error("adaptation '\(band)': paragraph \(number) is adapted twice", at: key.mark)
                continue
            }
            let entryPath = "\(path).\(number)"
            context.sourceMap.record(entryPath, value.mark)
            // A paragraph whose entry failed to read (its error is reported) still counts as covered,
            // so that one mistake gets one message; the model is discarded anyway.
            paragraphs.append(readAdaptedParagraph(value, entryPath, number: number, band: band)
                              ?? AdaptedParagraph(number: number, text: [], omitted: "(unreadable)"))
        }
        return paragraphs.sorted { $0.number < $1.number }
    }

    private func readAdaptedParagraph(_ node: Node, _ path: String, number: Int, band: String) -> AdaptedParagraph? {
        func text(_ node: Node) -> String? {
            guard case .scalar(let scalar) = node,
                  !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                context.sink.error("adaptation '\(band)' ¶\(number): the adapted text must be text, found \(MappingReader.describe(node))",
                                   at: node.mark)
                return nil
            }
            return scalar.string
        }
        switch node {
        case .scalar:
            return text(node).map { AdaptedParagraph(number: number, text: [$0]) }
        case .sequence(let parts):
            guard (1...2).contains(parts.count) else {
                context.sink.error("adaptation '\(band)' ¶\(number): adapt a paragraph into one or two short paragraphs, found \(parts.count)",
                                   at: node.mark)
                return nil
            }
            let texts = parts.compactMap(text)
            return texts.count == parts.count ? AdaptedParagraph(number: number, text: texts) : nil
        case .mapping:
            guard let m = MappingReader(node, path: path, what: "adaptation '\(band)' ¶\(number)", allowed: ["omit"],
                                        context: context) else { return nil }
            return m.text("omit").map { AdaptedParagraph(number: number, text: [], omitted: $0) }
        case .alias:
            context.sink.error("adaptation '\(band)' ¶\(number): write the adapted text here, not an alias", at: node.mark)
            return nil
        }
    }
}
