import Foundation
import PacketLoading
import PacketModel

/// A small article and a valid model of it, written to a fresh temporary folder.
struct Fixture {
    static let article = """
    A Headline About Things

    Image: Someone/Agency
    The mayor said “we will rebuild the bridge” on Tuesday, and 18% of voters agreed.

    Critics—including Ana Ruiz—argue the plan… costs too much. Ruiz said it was “a waste of money.”
    Several hundred people marched in June 2016.

    """

    static let model = """
    metadata:
      title: A Headline About Things
      outlet: The Daily
      genre: news
      published: { date: 2017-07-10 }
      tags: [city]
    layout: { title: [1], photo_credit: [3] }
    summary: The city plans a bridge; critics object.
    thesis:
      id: thesis
      text: The city will rebuild the bridge.
      kind: prediction
      asserted_by: mayor
      excerpt: "we will rebuild the bridge"
    claims:
      - id: c1
        text: The plan costs too much.
        kind: opinion
        asserted_by: ruiz
        excerpt: "argue the plan... costs too much"
    relations:
      - { from: c1, to: thesis, type: attacks }
    evidence:
      - id: e1
        type: statistic
        summary: Voter support.
        supports: [thesis]
        assessment: Thin support.
        statistic: s1
        excerpt: "18% of voters agreed"
    statistics:
      - id: s1
        value: 18
        unit: percent
        as_written: 18%
        measures: share of voters who agreed
        excerpt: "18% of voters agreed"
      - id: s2
        value: { min: 200, max: 900 }
        unit: people
        as_written: several hundred
        approximate: true
        measures: marchers
        excerpt: "Several hundred people marched"
    quotes:
      - id: q1
        text: a waste of money.
        speaker: ruiz
        excerpt: "Ruiz said it was \\"a waste of money.\\""
    people:
      - { id: mayor, name: The mayor, aliases: [mayor], role: Mayor of the city }
      - { id: ruiz, name: Ana Ruiz, aliases: [Ruiz], role: Critic }
    events:
      - id: ev1
        date: 2016-06
        description: A march.
        excerpt: "marched in June 2016"
    vocabulary:
      - { id: v1, term: critics, definition: People who find fault., part_of_speech: noun, tier: 2 }

    """

    let folder: URL

    /// Writes the article and `model` (default: the valid model) to a new folder named `demo`.
    init(model: String = Fixture.model, article: Data = Data(Fixture.article.utf8)) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("packet-tests-\(UUID().uuidString)")
        folder = root.appendingPathComponent("demo")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try article.write(to: folder.appendingPathComponent("article.txt"))
        try Data(model.utf8).write(to: folder.appendingPathComponent("model.yaml"))
    }

    func load() -> LoadResult { ArticleLoader.load(folder: folder, displayFolder: "demo") }

    /// The diagnostics of loading, one `path:line:col: severity: message` string each.
    func diagnostics() -> [String] { load().diagnostics.map(\.description) }

    /// The valid model with `old` replaced by `new`; `nil` when `old` does not occur.
    static func model(replacing old: String, with new: String) -> String? {
        model.contains(old) ? model.replacingOccurrences(of: old, with: new) : nil
    }
}
