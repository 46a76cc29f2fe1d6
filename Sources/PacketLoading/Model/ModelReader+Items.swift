import PacketModel
import Yams

extension ModelReader {
    func readStatistic(_ node: Node, _ path: String) -> Statistic? {
        guard let m = MappingReader(node, path: path, what: "statistic", allowed: [
            "id", "value", "unit", "as_written", "approximate", "measures", "population", "period", "place",
            "source", "caveat", "does_not_show", "figurative", "ask", "teacher_note"] + Self.excerptKeys, context: context) else { return nil }
        let id = m.text("id"), unit = m.text("unit"), asWritten = m.text("as_written")
        let measures = m.text("measures"), excerpt = m.text("excerpt")
        let value = m.nested("value") { node, path in readStatValue(node, path) }
        let period = m.nested("period", required: false) { node, path -> Period? in
            guard let p = MappingReader(node, path: path, what: "period", allowed: ["start", "end"], context: context)
            else { return nil }
            return Period(start: p.optionalDate("start"), end: p.optionalDate("end"))
        }
        noteReview(m, id: id)
        guard let id, let unit, let asWritten, let measures, let excerpt, let value else { return nil }
        return Statistic(id: id, value: value, unit: unit, asWritten: asWritten,
                         approximate: m.bool("approximate", default: false), measures: measures,
                         population: m.optionalText("population"), period: period, place: m.optionalText("place"),
                         source: m.optionalText("source"), caveat: m.optionalText("caveat"),
                         doesNotShow: m.optionalText("does_not_show"), figurative: m.bool("figurative", default: false),
                         ask: m.optionalText("ask"), teacherNote: m.optionalText("teacher_note"), excerpt: excerpt, sensitive: m.textList("sensitive"))
    }

    /// A number, or a mapping `{min, max}` (max optional).
    private func readStatValue(_ node: Node, _ path: String) -> StatValue? {
        if case .scalar(let s) = node {
            guard let v = node.float ?? node.int.map(Double.init), v.isFinite else {
                context.sink.error("'value' must be a number or a range {min, max}, found '\(s.string)'", at: node.mark)
                return nil
            }
            return .exact(v)
        }
        guard let r = MappingReader(node, path: path, what: "value range", allowed: ["min", "max"], context: context)
        else { return nil }
        let lo = r.number("min"), hi = r.optionalNumber("max")
        return lo.map { .range(min: $0, max: hi) }
    }

    func readQuote(_ node: Node, _ path: String) -> Quote? {
        guard let m = MappingReader(node, path: path, what: "quote", allowed: [
            "id", "text", "speaker", "role", "mode", "context", "teacher_note"] + Self.excerptKeys, context: context)
        else { return nil }
        let id = m.text("id"), text = m.text("text"), speaker = m.text("speaker"), excerpt = m.text("excerpt")
        let mode: QuoteMode = m.optionalChoice("mode") ?? .direct
        noteReview(m, id: id)
        guard let id, let text, let speaker, let excerpt else { return nil }
        return Quote(id: id, text: text, speaker: speaker, role: m.optionalText("role"), mode: mode,
                     context: m.optionalText("context"), teacherNote: m.optionalText("teacher_note"),
                     excerpt: excerpt, sensitive: m.textList("sensitive"))
    }

    func readEntity(_ node: Node, _ path: String, kind: EntityKind) -> Entity? {
        let what = kind == .person ? "person" : (kind == .organization ? "organization" : "place")
        var keys = ["id", "name", "aliases", "role", "teacher_note", "review"]
        if kind == .person { keys += ["stance", "described_as", "sensitive", "refer_as"] }
        guard let m = MappingReader(node, path: path, what: what, allowed: keys, context: context) else { return nil }
        let id = m.text("id"), name = m.text("name"), role = m.text("role")
        let sensitive = m.textList("sensitive"), referAs = m.optionalText("refer_as")
        if !sensitive.isEmpty && referAs == nil {
            context.sink.warning("person '\(id ?? "?")' is tagged \(sensitive.map { "'\($0)'" }.joined(separator: ", ")) "
                + "but has no 'refer_as': audiences that hide the name need words to use instead (e.g. \"the Orlando attacker\")",
                at: m.node("sensitive")?.mark)
        }
        noteReview(m, id: id)
        guard let id, let name, let role else { return nil }
        return Entity(id: id, kind: kind, name: name, aliases: m.textList("aliases"), role: role,
                      describedAs: m.optionalText("described_as"), stance: m.optionalText("stance"),
                      teacherNote: m.optionalText("teacher_note"), sensitive: sensitive, referAs: referAs)
    }

    func readEvent(_ node: Node, _ path: String) -> TimelineEvent? {
        guard let m = MappingReader(node, path: path, what: "event", allowed: [
            "id", "date", "until", "description", "people", "places", "basis", "phrase", "article_date", "ask", "teacher_note"]
            + Self.excerptKeys,
            context: context) else { return nil }
        let id = m.text("id"), date = m.date("date"), description = m.text("description"), excerpt = m.text("excerpt")
        let basis: DateBasis = m.optionalChoice("basis") ?? .stated
        let phrase = m.optionalText("phrase")
        if basis == .resolved && phrase == nil && m.mark != nil {
            context.sink.error("event '\(id ?? "?")' has basis 'resolved' but no 'phrase' (the words the date was worked out from)",
                               at: m.node("basis")?.mark ?? m.mark)
        }
        let until = m.optionalDate("until")
        if let until, let date, !until.isSurelyAfter(date) {
            context.sink.error("event '\(id ?? "?")': 'until' \(until.iso) must come after 'date' \(date.iso) (it is the span's last date)",
                               at: m.node("until")?.mark)
        }
        let articleDate = m.optionalDate("article_date")
        if let articleDate, let date, !date.refines(articleDate) {
            context.sink.error("event '\(id ?? "?")': 'article_date' \(articleDate.iso) does not contain 'date' \(date.iso); "
                + "article_date is the same date only as precisely as the article gives it", at: m.node("article_date")?.mark)
        }
        if basis == .outside && m.optionalText("teacher_note") == nil && m.mark != nil {
            context.sink.warning("event '\(id ?? "?")' is dated from outside the article: say where the date comes from in 'teacher_note'",
                                 at: m.node("basis")?.mark ?? m.mark)
        }
        noteReview(m, id: id)
        guard let id, let date, let description, let excerpt else { return nil }
        return TimelineEvent(id: id, date: date, until: until, description: description, people: m.textList("people"),
                             places: m.textList("places"), basis: basis, phrase: phrase, articleDate: articleDate,
                             ask: m.optionalText("ask"),
                             teacherNote: m.optionalText("teacher_note"), excerpt: excerpt,
                             sensitive: m.textList("sensitive"))
    }

    func readTerm(_ node: Node, _ path: String) -> VocabularyTerm? {
        guard let m = MappingReader(node, path: path, what: "vocabulary term", allowed: [
            "id", "term", "definition", "part_of_speech", "tier"] + Self.excerptKeys, context: context) else { return nil }
        let id = m.text("id"), term = m.text("term"), definition = m.text("definition")
        let pos = m.text("part_of_speech"), tier = m.int("tier")
        if let tier, !(1...3).contains(tier) {
            context.sink.error("'tier' must be 1, 2 or 3, found \(tier)", at: m.node("tier")?.mark)
        }
        noteReview(m, id: id)
        guard let id, let term, let definition, let pos, let tier else { return nil }
        return VocabularyTerm(id: id, term: term, definition: definition, partOfSpeech: pos, tier: tier,
                              excerpt: m.optionalText("excerpt"), sensitive: m.textList("sensitive"))
    }

    func readQuestion(_ node: Node, _ path: String) -> AuthoredQuestion? {
        guard let m = MappingReader(node, path: path, what: "question", allowed: [
            "id", "kind", "prompt", "bloom", "rubric", "related", "model_answer", "skill", "dok"], context: context) else { return nil }
        let id = m.text("id"), kind: AuthoredQuestion.Kind? = m.choice("kind"), prompt = m.text("prompt")
        let bloom: BloomLevel? = m.choice("bloom")
        let rubric = m.list("rubric") { node, path -> RubricCriterion? in
            guard let r = MappingReader(node, path: path, what: "rubric criterion",
                                        allowed: ["criterion", "points", "description"], context: context) else { return nil }
            let criterion = r.text("criterion"), points = r.int("points"), description = r.text("description")
            if let points, points <= 0 {
                context.sink.error("'points' must be greater than 0, found \(points)", at: r.node("points")?.mark)
            }
            guard let criterion, let points, let description else { return nil }
            return RubricCriterion(criterion: criterion, points: points, description: description)
        }
        let modelAnswer = m.optionalText("model_answer")
        if modelAnswer == nil && m.mark != nil {
            context.sink.warning("question '\(id ?? "?")' has no 'model_answer': the teacher's guide needs what a full-marks answer says",
                                 at: m.mark)
        }
        if rubric.isEmpty && m.mark != nil {
            context.sink.warning("question '\(id ?? "?")' has no 'rubric': the teacher's guide needs criteria to mark it by", at: m.mark)
        }
        let skill: QuizSkill? = m.optionalChoice("skill")
        let dok = m.node("dok").flatMap { m.intValue("dok", $0) }
        if let dok, !(1...4).contains(dok) {
            context.sink.error("'dok' must be 1, 2, 3 or 4 (Webb's Depth of Knowledge), found \(dok)", at: m.node("dok")?.mark)
        }
        guard let id, let kind, let prompt, let bloom else { return nil }
        return AuthoredQuestion(id: id, kind: kind, prompt: prompt, bloom: bloom, rubric: rubric,
                                related: m.textList("related"), modelAnswer: modelAnswer, skill: skill,
                                dok: dok.flatMap { (1...4).contains($0) ? $0 : nil })
    }

    /// An event after publication: dated, described, with its source (checked against the
    /// publication date by the validator).
    func readLaterEvent(_ node: Node, _ path: String) -> LaterEvent? {
        guard let m = MappingReader(node, path: path, what: "aftermath event", allowed: [
            "id", "date", "until", "description", "source", "bears_on", "teacher_note", "sensitive"], context: context)
        else { return nil }
        let id = m.text("id"), date = m.date("date"), description = m.text("description"), source = m.text("source")
        let until = m.optionalDate("until")
        if let until, let date, !until.isSurelyAfter(date) {
            context.sink.error("aftermath event '\(id ?? "?")': 'until' \(until.iso) must come after 'date' \(date.iso)",
                               at: m.node("until")?.mark)
        }
        guard let id, let date, let description, let source else { return nil }
        return LaterEvent(id: id, date: date, until: until, description: description, source: source,
                          bearsOn: m.textList("bears_on"), teacherNote: m.optionalText("teacher_note"),
                          sensitive: m.textList("sensitive"))
    }

    func readTeaching(_ node: Node, _ path: String) -> TeachingNotes? {
        guard let m = MappingReader(node, path: path, what: "teaching", allowed: ["background", "anticipation"],
                                    context: context) else { return nil }
        return TeachingNotes(background: m.textList("background"), anticipation: m.textList("anticipation"))
    }
}

extension ModelReader {
    func readCraft(_ node: Node, _ path: String) -> CraftNote? {
        guard let m = MappingReader(node, path: path, what: "craft note", allowed: [
            "id", "words", "device", "effect", "neutral"] + Self.excerptKeys, context: context) else { return nil }
        let id = m.text("id"), words = m.text("words"), device: CraftDevice? = m.choice("device")
        let effect = m.text("effect"), excerpt = m.text("excerpt")
        noteReview(m, id: id)
        guard let id, let words, let device, let effect, let excerpt else { return nil }
        return CraftNote(id: id, words: words, device: device, effect: effect, neutral: m.optionalText("neutral"),
                         excerpt: excerpt, sensitive: m.textList("sensitive"))
    }
}
