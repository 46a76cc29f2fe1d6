import Foundation
import Testing
@testable import BriefingRenderer
import Templating

@Suite("templates/README.md")
struct TemplatesReadmeTests {
    /// Every name a template can use: dotted inside groups (`thesis.text`), bare inside list items.
    static func names(in shape: TemplateShape, prefix: String = "") -> [String] {
        switch shape {
        case .text, .flag: return []
        case .list(let element): return names(in: element)
        case .record(let fields):
            return fields.flatMap { key, value -> [String] in
                let name = prefix.isEmpty ? key : prefix + "." + key
                // A group is documented through its members (`thesis.text`), so only they are listed.
                if case .record = value { return names(in: value, prefix: name) }
                return [name] + names(in: value)
            }
        }
    }

    @Test("Documents every value a briefing template receives")
    func documentsContext() throws {
        let readme = try String(contentsOf: RepositoryFiles.templates.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = Set(Self.names(in: BriefingShape.shape)).filter { !readme.contains("`\($0)`") }.sorted()
        #expect(missing == [])
    }

    @Test("Documents every audience.yaml key and every section name")
    func documentsAudienceKeys() throws {
        let readme = try String(contentsOf: RepositoryFiles.templates.appendingPathComponent("README.md"), encoding: .utf8)
        for key in ["display_name", "description", "reading_level", "line_width", "prefer_plain", "briefing: sections",
                    "briefing: max_words", "briefing: max_lines", "briefing: limits", "guide: sections", "lesson: minutes",
                    "sensitivity: hide", "workbook: sheets", "quiz: count", "quiz: options", "quiz: forms",
                    "quiz: seconds_per_question", "quiz: types", "quiz: bloom", "packet new-audience"] {
            #expect(readme.contains(key), "\(key)")
        }
        for section in BriefingContext.sectionKeys { #expect(readme.contains(section)) }
    }
}
