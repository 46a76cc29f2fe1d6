import Foundation
import Testing
@testable import GuideRenderer
import Templating

@Suite("templates/README.md for the guide")
struct GuideReadmeTests {
    /// Every name a template can use: dotted inside groups (`thesis.text`), bare inside list items.
    static func names(in shape: TemplateShape, prefix: String = "") -> [String] {
        switch shape {
        case .text, .flag: return []
        case .list(let element): return names(in: element)
        case .record(let fields):
            return fields.flatMap { key, value -> [String] in
                let name = prefix.isEmpty ? key : prefix + "." + key
                if case .record = value { return names(in: value, prefix: name) }
                return [name] + names(in: value)
            }
        }
    }

    static func readme() throws -> String {
        try String(contentsOf: RepositoryFiles.templates.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test("Documents every value a guide template receives (a group's members, or the group's members by their own names)")
    func documentsContext() throws {
        let readme = try Self.readme()
        // `step.before-reading` and `section.text-notes` are switches named after the steps and sections listed there.
        let missing = Set(Self.names(in: GuideShape.shape)).filter { name in
            !readme.contains("`\(name)`") && !name.hasPrefix("section.") && !name.hasPrefix("step.")
                && !readme.contains("`\(name.split(separator: ".").last!)`")
        }.sorted()
        #expect(missing == [])
    }

    @Test("Documents every guide section and every guide key of audience.yaml")
    func documentsKeys() throws {
        let readme = try Self.readme()
        for key in ["guide: sections", "lesson: minutes", "lesson: steps", "lesson: learners", "lesson: reading",
                    "lesson: discussion", "`standards`", "`skills`"] {
            #expect(readme.contains(key), "\(key)")
        }
        for section in GuideContext.sectionKeys { #expect(readme.contains("`\(section)`"), "\(section)") }
    }
}
