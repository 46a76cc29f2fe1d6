import PacketModel
import Yams

/// Checks a model against itself and its article: ids, references, excerpts, numbers and dates.
/// Fills in the computed parts: paragraphs, every excerpt's location, entities' paragraphs.
struct ModelValidator {
    let sink: DiagnosticSink
    let sourceMap: SourceMap
    /// Ids declared by items that failed to read (so references to them are not reported).
    let declaredIds: Set<String>
    /// True when the thesis is a stand-in for one that failed to read: it is not checked.
    var thesisFailed = false
    /// True for in-memory models; YAML reading reports duplicate ids itself, with positions.
    var checkDuplicateIds = false
    /// Top-level lists that were not lists at all: references to their items are not checked,
    /// since every one would be reported as unknown.
    var failedLists: Set<String> = []

    func validate(_ input: ArticleModel, text: ArticleText) -> ArticleModel {
        var model = input
        checkLayout(model.layout, text: text)
        model.paragraphs = text.paragraphs(layout: model.layout)
        if model.paragraphs.isEmpty {
            sink.error("the article has no body paragraphs (every line is blank or listed under 'layout')", at: mark("layout"))
            return model
        }
        checkReservedIds(model)
        checkAbsences(model)
        if checkDuplicateIds { checkIds(model) }
        checkReferences(model)
        checkNumbers(model)
        checkTimeline(model)
        checkWording(model)
        // Both searches read the paragraphs normalised: normalise them once.
        let normalized = model.paragraphs.map { NormalizedText($0.text) }
        locateExcerpts(&model, text: text, normalized: normalized)
        locateEntities(&model, normalized: normalized)
        checkQuotedWords(model, normalized: normalized)
        checkAdaptations(model)
        return model
    }

    func mark(_ path: String) -> Mark? { sourceMap.mark(path) }

    /// `counterarguments: none` cannot stand beside an opposing view the model itself records.
    private func checkAbsences(_ model: ArticleModel) {
        guard model.counterarguments != nil else { return }
        for (index, relation) in model.relations.enumerated() where relation.type == .attacks {
            sink.error("'counterarguments: none' says the article raises no opposing view, but relation "
                + "\(relation.from) attacks \(relation.to): remove one of them", at: mark("relations[\(index)].type"))
        }
    }

    private func checkLayout(_ layout: TextLayout, text: ArticleText) {
        let roles: [(String, [Int])] = [("title", layout.title), ("dek", layout.dek), ("photo_credit", layout.photoCredit),
                                        ("boilerplate", layout.boilerplate), ("pull_quote", layout.pullQuote)]
        var seen: [Int: String] = [:]
        for (role, lines) in roles {
            for line in lines {
                let path = "layout.\(role)"
                if !(1...text.lines.count).contains(line) {
                    sink.error("layout \(role) names line \(line), but \(text.path) has \(text.lines.count) lines", at: mark(path))
                } else if text.lines[line - 1].trimmingCharacters(in: .whitespaces).isEmpty {
                    sink.warning("layout \(role) names line \(line), which is blank in \(text.path)", at: mark(path))
                }
                if let other = seen[line] {
                    sink.error("line \(line) is listed both as \(other) and as \(role) under 'layout'", at: mark(path))
                }
                seen[line] = role
            }
        }
    }

    /// Every item with an id, with the path of its mapping, in file order.
    private func identified(_ model: ArticleModel) -> [(id: String, path: String)] {
        var items: [(String, String)] = [(model.thesis.id, "thesis")]
        items += model.claims.enumerated().map { ($1.id, "claims[\($0)]") }
        items += model.evidence.enumerated().map { ($1.id, "evidence[\($0)]") }
        items += model.statistics.enumerated().map { ($1.id, "statistics[\($0)]") }
        items += model.quotes.enumerated().map { ($1.id, "quotes[\($0)]") }
        items += model.people.enumerated().map { ($1.id, "people[\($0)]") }
        items += model.organizations.enumerated().map { ($1.id, "organizations[\($0)]") }
        items += model.places.enumerated().map { ($1.id, "places[\($0)]") }
        items += model.events.enumerated().map { ($1.id, "events[\($0)]") }
        items += model.vocabulary.enumerated().map { ($1.id, "vocabulary[\($0)]") }
        items += model.craft.enumerated().map { ($1.id, "craft[\($0)]") }
        items += model.questions.enumerated().map { ($1.id, "questions[\($0)]") }
        items += model.aftermath.enumerated().map { ($1.id, "aftermath[\($0)]") }
        return items
    }

    /// `author` means the article's author wherever an id names a person: no item may take it.
    private func checkReservedIds(_ model: ArticleModel) {
        for (id, path) in identified(model) where id == "author" {
            sink.error("'author' is reserved (it means the article's author); choose another id", at: mark("\(path).id"))
        }
    }

    private func checkIds(_ model: ArticleModel) {
        var first: [String: String] = [:]
        for (id, path) in identified(model) {
            if let earlier = first[id] {
                let line = mark("\(earlier).id").map { " (first used on line \($0.line))" } ?? ""
                sink.error("duplicate id '\(id)'\(line)", at: mark("\(path).id"))
            } else {
                first[id] = path
            }
        }
    }
}
