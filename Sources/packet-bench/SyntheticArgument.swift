import Foundation
import PacketLoading
import PacketModel

/// A made-up article that is almost all argument: a thesis and `claims` claims, one paragraph
/// each, every claim bearing on the thesis or an earlier claim (supports, attacks, rebuts), and a
/// piece of evidence for every fourth — the input of the argument benchmark. Every paragraph
/// names its own town, so every excerpt occurs once and the model loads without errors.
struct SyntheticArgument {
    let id: String
    let text: String
    let model: ArticleModel

    /// Writes `<seeds>/<id>/article.txt` and `model.yaml`; returns the article folder.
    func write(into seeds: URL) throws -> URL {
        let folder = seeds.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("article.txt"))
        try Data(try ModelExport.yaml(model).utf8).write(to: folder.appendingPathComponent("model.yaml"))
        return folder
    }

    init(claims count: Int) {
        id = "argument-\(count)"
        var random = SplitMix64(seed: 0xA76_0000 &+ UInt64(count))
        let region = SyntheticNames.town(2_000_000 + count)
        let title = "\(region) argues over its package works plan"
        var paragraphs = ["This report argues that \(region) should finish its package works plan, whatever the doubts "
                          + "in \(SyntheticNames.town(3_000_000 + count))."]
        let thesis = Claim(id: "thesis", text: "\(region) should finish its package works plan.", kind: .policy,
                           excerpt: "This report argues that \(region) should finish its package works plan")
        let kinds: [ClaimKind] = [.opinion, .prediction, .value, .policy, .fact]
        var claims: [Claim] = [], relations: [Relation] = [], evidence: [Evidence] = []
        var attackers: Set<Int> = []
        for k in 1...max(1, count) {
            let town = SyntheticNames.town(3_000_000 + count * 7 + k)
            let topic = SyntheticNames.topics[random.below(SyntheticNames.topics.count)]
            let effect = SyntheticNames.effects[random.below(SyntheticNames.effects.count)]
            var paragraph = "In \(town), people say the \(topic) plan will \(effect)."
            claims.append(Claim(id: "c\(k)", text: "The \(topic) plan will \(effect) in \(town).", kind: kinds[k % kinds.count],
                                excerpt: "In \(town), people say the \(topic) plan will \(effect)"))
            // The claim it bears on: the thesis or any earlier claim, so the map is a tree of varied depth;
            // a claim that attacks may be rebutted.
            let parent = random.below(k)
            let type: RelationType = attackers.contains(parent) && random.below(2) == 0 ? .rebuts
                : random.below(3) == 0 ? .attacks : .supports
            if type == .attacks { attackers.insert(k) }
            relations.append(Relation(from: "c\(k)", to: parent == 0 ? "thesis" : "c\(parent)", type: type))
            if k % 4 == 0 {
                paragraph += " Records from \(town) show that the \(topic) already serves many homes."
                evidence.append(Evidence(id: "e\(k)", type: .example, summary: "The \(topic) in \(town) already serves many homes.",
                                         supports: ["c\(k)"], assessment: "One town's records.",
                                         excerpt: "Records from \(town) show that the \(topic) already serves many homes"))
            }
            paragraphs.append(paragraph)
        }
        text = title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        guard let published = PartialDate(year: 2021, month: 5, day: 1) else { preconditionFailure("a valid date") }
        let metadata = Metadata(title: title, outlet: "The Synthetic Courier", author: "Ada Writer", genre: .opinion,
                                published: PublicationDate(date: published), tags: ["package works"],
                                advisory: ContentAdvisory(level: .none))
        let rubric = [RubricCriterion(criterion: "Uses the argument", points: 4, description: "Follows two claims to the thesis.")]
        model = ArticleModel(
            id: id, metadata: metadata, layout: TextLayout(title: [1]),
            summary: "The author argues that \(region) should finish its package works plan, and weighs many views.",
            thesis: thesis, claims: claims, relations: relations, evidence: evidence,
            questions: [AuthoredQuestion(id: "dq1", kind: .discussion, prompt: "Which claim matters most to the thesis?",
                                         bloom: .evaluate, rubric: rubric, related: ["thesis"])])
    }
}
