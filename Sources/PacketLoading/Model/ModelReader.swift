import PacketModel
import Yams

/// Turns the node tree of a `model.yaml` into an ``ArticleModel``, reporting every structural
/// problem (unknown keys, wrong types, missing keys). Checks that need the whole model or the
/// article text are the ``ModelValidator``'s.
struct ModelReader {
    let context: ReadContext

    static let rootKeys = ["metadata", "layout", "summary", "plain_summary", "thesis", "claims", "relations",
                           "evidence", "statistics", "quotes", "people", "organizations", "places", "events",
                           "vocabulary", "craft", "questions", "implications", "watch_for", "aftermath", "teaching", "adaptations",
                           "counterarguments"]

    func read(_ root: Node, id: String) -> ArticleModel? {
        guard let m = MappingReader(root, path: "", what: "the model", allowed: Self.rootKeys, context: context)
        else { return nil }
        let metadata = m.nested("metadata", readMetadata)
        let layout = m.nested("layout", required: false, readLayout) ?? TextLayout()
        let summary = m.text("summary")
        let plainSummary = m.optionalText("plain_summary")
        let thesis = m.nested("thesis") { readClaim($0, $1, what: "thesis") }
        let claims = m.list("claims") { readClaim($0, $1, what: "claim") }
        let relations = m.list("relations", readRelation)
        let evidence = m.list("evidence", readEvidence)
        // `statistics: none` states that the article gives no figures (not the same as an empty list).
        let statisticsAbsence: Absence? = m.node("statistics").flatMap { node in
            if case .scalar = node { return m.choiceValue("statistics", node) as Absence? }
            return nil
        }
        let statistics = statisticsAbsence == nil ? m.list("statistics", readStatistic) : []
        let counterarguments: Absence? = m.optionalChoice("counterarguments")
        let quotes = m.list("quotes", readQuote)
        let people = m.list("people") { readEntity($0, $1, kind: .person) }
        let organizations = m.list("organizations") { readEntity($0, $1, kind: .organization) }
        let places = m.list("places") { readEntity($0, $1, kind: .place) }
        let events = m.list("events", readEvent)
        let vocabulary = m.list("vocabulary", readTerm)
        let craft = m.list("craft", readCraft)
        let questions = m.list("questions", readQuestion)
        let implications = m.textList("implications")
        let watchFor = m.textList("watch_for")
        let aftermath = m.list("aftermath", readLaterEvent)
        let teaching = m.nested("teaching", required: false, readTeaching) ?? TeachingNotes()
        let adaptations = m.nested("adaptations", required: false, readAdaptations) ?? []
        // Stand-ins for parts that failed to read let the remaining checks run, so that every
        // problem is reported at once; the model itself is discarded because errors were found.
        if thesis == nil { context.thesisFailed = true }
        let placeholderThesis = Claim(id: "thesis", text: "?", kind: .opinion, excerpt: "")
        let placeholderMetadata = Metadata(title: "?", outlet: "?", genre: .news,
                                           published: PublicationDate(date: PartialDate(year: 2000)!))
        return ArticleModel(id: id, metadata: metadata ?? placeholderMetadata, layout: layout, summary: summary ?? "?",
                            plainSummary: plainSummary, thesis: thesis ?? placeholderThesis, claims: claims, relations: relations, evidence: evidence,
                            statistics: statistics, quotes: quotes, people: people, organizations: organizations,
                            places: places, events: events, vocabulary: vocabulary, craft: craft, questions: questions,
                            implications: implications, watchFor: watchFor, aftermath: aftermath, teaching: teaching,
                            adaptations: adaptations, counterarguments: counterarguments,
                            statisticsAbsence: statisticsAbsence)
    }

    private func reader(_ node: Node, _ path: String, _ what: String, _ keys: [String]) -> MappingReader? {
        MappingReader(node, path: path, what: what, allowed: keys, context: context)
    }

    /// Keys every excerpted item may carry besides its own; `review` marks a drafted guess.
    static let excerptKeys = ["excerpt", "sensitive", "review"]

    /// Records a warning for items a draft marked `review: true` (or `review: {basis, confidence}`,
    /// saying what the guess was based on and how sure the drafter was), and remembers them as
    /// pending reviews.
    func noteReview(_ m: MappingReader, id: String?) {
        guard let node = m.node("review") else { return }
        var basis: String?, confidence: PendingReview.Confidence?
        if case .mapping = node {
            guard let r = MappingReader(node, path: m.childPath("review"), what: "review mark",
                                        allowed: ["basis", "confidence"], context: context) else { return }
            basis = r.optionalText("basis")
            confidence = r.optionalChoice("confidence")
        } else if !m.bool("review", default: false) {
            return
        }
        context.sink.warning("\(m.what) '\(id ?? "?")' is a drafted guess marked 'review: true': check it, then remove the mark",
                             at: node.mark)
        let rootKey = String(m.path.prefix { $0 != "[" && $0 != "." })
        context.pending.append(PendingReview(section: PendingReview.Section(rootKey: rootKey), what: m.what, id: id,
                                             line: node.mark?.line ?? 0, column: node.mark?.column ?? 0,
                                             reason: .guess(basis: basis, confidence: confidence)))
    }

    func readMetadata(_ node: Node, _ path: String) -> Metadata? {
        guard let m = reader(node, path, "metadata", ["title", "dek", "outlet", "outlet_inferred", "author", "genre",
                                                      "published", "language", "tags", "advisory", "source_note",
                                                      "source"]) else { return nil }
        let title = m.text("title"), outlet = m.text("outlet"), genre: Genre? = m.choice("genre")
        let published = m.nested("published") { node, path -> PublicationDate? in
            guard let p = reader(node, path, "published", ["date", "inferred", "note"]) else { return nil }
            let date = p.date("date"), inferred = p.bool("inferred", default: false), note = p.optionalText("note")
            if inferred && note == nil {
                context.sink.warning("an inferred publication date should have a 'note' saying how it was inferred", at: p.mark)
            }
            return date.map { PublicationDate(date: $0, inferred: inferred, note: note) }
        }
        let advisory = m.nested("advisory", required: false) { node, path -> ContentAdvisory? in
            guard let a = reader(node, path, "advisory", ["level", "topics", "teacher_note"]) else { return nil }
            let level: AdvisoryLevel? = a.choice("level")
            return level.map { ContentAdvisory(level: $0, topics: a.textList("topics"), teacherNote: a.optionalText("teacher_note")) }
        } ?? ContentAdvisory(level: .none)
        let language = m.optionalText("language") ?? "en"
        let outletInferred = m.bool("outlet_inferred", default: false)
        let sourceNote = m.optionalText("source_note")
        if outletInferred && sourceNote == nil {
            context.sink.warning("an inferred outlet should have a 'source_note' saying how it was inferred",
                                 at: m.node("outlet_inferred")?.mark)
        }
        let source = m.nested("source", required: false) { node, path in readSource(node, path, published: published) }
        guard let title, let outlet, let genre, let published else { return nil }
        return Metadata(title: title, dek: m.optionalText("dek"), outlet: outlet, outletInferred: outletInferred,
                        author: m.optionalText("author"), genre: genre, published: published, language: language,
                        tags: m.textList("tags"), advisory: advisory, sourceNote: sourceNote, source: source)
    }

    /// `source: {url, license, retrieved}`: an http(s) address, a licence, and the full date the text
    /// was copied, which cannot be before the article was published.
    func readSource(_ node: Node, _ path: String, published: PublicationDate?) -> ArticleSource? {
        guard let s = reader(node, path, "source", ["url", "license", "retrieved"]) else { return nil }
        let url = s.text("url"), license = s.text("license"), retrieved = s.date("retrieved")
        if let url, !Self.isWebAddress(url) {
            context.sink.error("'url' must be a web address starting with http:// or https://, with no spaces, found '\(url)'",
                               at: s.node("url")?.mark)
        }
        if let retrieved, retrieved.precision != .day {
            context.sink.error("'retrieved' must be a full date (YYYY-MM-DD), found \(retrieved.iso)", at: s.node("retrieved")?.mark)
        }
        if let retrieved, let published, retrieved.lastDayNumber < published.date.firstDayNumber {
            context.sink.error("'retrieved' \(retrieved.iso) is before the article was published (\(published.date.iso))",
                               at: s.node("retrieved")?.mark)
        }
        guard let url, let license, let retrieved else { return nil }
        return ArticleSource(url: url, license: license, retrieved: retrieved)
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && host.contains(".") && !text.contains(where: { $0.isWhitespace })
    }

    func readLayout(_ node: Node, _ path: String) -> TextLayout? {
        guard let m = reader(node, path, "layout", ["title", "dek", "photo_credit", "boilerplate", "pull_quote"])
        else { return nil }
        return TextLayout(title: m.intList("title"), dek: m.intList("dek"), photoCredit: m.intList("photo_credit"),
                          boilerplate: m.intList("boilerplate"), pullQuote: m.intList("pull_quote"))
    }

    func readClaim(_ node: Node, _ path: String, what: String) -> Claim? {
        guard let m = reader(node, path, what, ["id", "text", "plain", "kind", "asserted_by", "hedge",
                                                "teacher_note"] + Self.excerptKeys) else { return nil }
        let id = m.text("id"), text = m.text("text"), kind: ClaimKind? = m.choice("kind"), excerpt = m.text("excerpt")
        noteReview(m, id: id)
        guard let id, let text, let kind, let excerpt else { return nil }
        return Claim(id: id, text: text, plain: m.optionalText("plain"), kind: kind,
                     assertedBy: m.optionalText("asserted_by") ?? "author", hedge: m.optionalText("hedge"),
                     excerpt: excerpt, teacherNote: m.optionalText("teacher_note"), sensitive: m.textList("sensitive"))
    }

    func readRelation(_ node: Node, _ path: String) -> Relation? {
        guard let m = reader(node, path, "relation", ["from", "to", "type", "note"]) else { return nil }
        let from = m.text("from"), to = m.text("to"), type: RelationType? = m.choice("type")
        guard let from, let to, let type else { return nil }
        return Relation(from: from, to: to, type: type, note: m.optionalText("note"))
    }

    func readEvidence(_ node: Node, _ path: String) -> Evidence? {
        guard let m = reader(node, path, "evidence", ["id", "type", "summary", "supports", "assessment", "strength",
                                                      "statistic", "quote"] + Self.excerptKeys) else { return nil }
        let id = m.text("id"), type: EvidenceType? = m.choice("type"), summary = m.text("summary")
        let assessment = m.text("assessment"), excerpt = m.text("excerpt")
        let supports = m.textList("supports")
        if m.has("supports") == false { m.missing("supports") }
        noteReview(m, id: id)
        guard let id, let type, let summary, let assessment, let excerpt else { return nil }
        return Evidence(id: id, type: type, summary: summary, supports: supports, assessment: assessment,
                        strength: m.optionalChoice("strength"), statistic: m.optionalText("statistic"), quote: m.optionalText("quote"), excerpt: excerpt,
                        sensitive: m.textList("sensitive"))
    }
}
