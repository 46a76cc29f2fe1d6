import Foundation
import PacketLoading
import PacketModel
import Testing

@Suite("Loading a model")
struct ModelLoadingTests {
    @Test("a valid model loads with no diagnostics and numbered body paragraphs")
    func validModelLoads() throws {
        let result = try Fixture().load()
        #expect(result.diagnostics.map(\.description) == [])
        let model = try result.get()
        #expect(model.id == "demo")
        #expect(model.paragraphs.map(\.number) == [1, 2])
        #expect(model.paragraphs.map(\.line) == [4, 6])
        #expect(model.paragraphs[1].text.hasSuffix("marched in June 2016."))
    }

    @Test("excerpts are found through typographic quotes, dashes and ellipses, with paragraph and offset")
    func excerptsAreLocated() throws {
        let model = try Fixture().load().get()
        let claim = try #require(model.claims.first)
        #expect(claim.location?.paragraph == 2)
        let paragraph = model.paragraphs[1].text
        let start = paragraph.index(paragraph.startIndex, offsetBy: claim.location!.offset)
        let end = paragraph.index(start, offsetBy: claim.location!.length)
        #expect(paragraph[start..<end] == "argue the plan… costs too much")
        #expect(model.quotes[0].location?.paragraph == 2)
        #expect(model.thesis.citation == "[¶1]")
    }

    @Test("entities record the paragraphs where their name or an alias appears")
    func entityParagraphs() throws {
        let model = try Fixture().load().get()
        #expect(model.person("ruiz")?.paragraphs == [2])
        #expect(model.person("mayor")?.paragraphs == [1])
    }

    @Test("a range value and a scalar value both load")
    func statValues() throws {
        let model = try Fixture().load().get()
        #expect(model.statistics[0].value == .exact(18))
        #expect(model.statistics[1].value == .range(min: 200, max: 900))
        #expect(model.statistics[1].approximate)
    }

    @Test("the JSON export decodes back to the same model")
    func jsonRoundTrip() throws {
        let model = try Fixture().load().get()
        let json = try ModelExport.json(model)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded = try decoder.decode(ArticleModel.self, from: Data(json.utf8))
        #expect(decoded == model)
        #expect(json.contains("\"as_written\" : \"18%\""))
    }

    @Test("the YAML export loads back to the same model")
    func yamlRoundTrip() throws {
        let model = try Fixture().load().get()
        let yaml = try ModelExport.yaml(model)
        let again = try Fixture(model: yaml).load()
        #expect(again.diagnostics.map(\.description) == [])
        #expect(try again.get() == model)
    }

    @Test("items listed for review load with a warning each")
    func reviewMarks() throws {
        let model = try Fixture().load().get()
        let yaml = try ModelExport.yaml(model, review: ["c1", "s2"])
        let diagnostics = try Fixture(model: yaml).load().warnings.map(\.message)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.contains("marked 'review: true'") })
    }

    @Test("a quote may be the author's own words, and a quote printed in parts is checked part by part")
    func quoteSpeakersAndParts() throws {
        let yaml = try #require(Fixture.model(replacing: "    text: a waste of money.\n    speaker: ruiz",
            with: "    text: \"Critics… argue the plan\"\n    speaker: author"))
        let broken = try #require(Fixture.model(replacing: "    text: a waste of money.\n    speaker: ruiz",
            with: "    text: \"argue the plan… Critics\"\n    speaker: ruiz"))
        let fixture = { (model: String) in try Fixture(model: model.replacingOccurrences(
            of: "excerpt: \"Ruiz said it was \\\"a waste of money.\\\"\"", with: "excerpt: \"Critics—including Ana Ruiz—argue the plan\"")) }
        #expect(try fixture(yaml).diagnostics() == [])
        let found = try fixture(broken).diagnostics()
        #expect(found == ["demo/model.yaml:47:11: warning: the text of direct quote 'q1' does not appear within its excerpt"])
    }
}
