import Testing
import Templating

/// A template that asks for far more text than a file should hold (sections nested in sections
/// over the same list, partials that include the next one twice) is stopped before rendering,
/// at its own file, line and column, with the limit.
@Suite("The size of a rendered template")
struct TemplateSizeTests {
    static let shape = TemplateShape.record(["items": .list(.record(["name": .text])), "title": .text])
    static let context = TemplateValue.record([
        "title": .text("Title"),
        "items": .list([.record(["name": .text("first")]), .record(["name": .text("second")])]),
    ])

    static func library(_ files: [String: String]) throws -> TemplateLibrary {
        try TemplateLibrary(files.map { TemplateFile(name: $0.key, path: "templates/demo/\($0.key).mustache", text: $0.value) })
    }

    /// The problems rendering `main` reports, as lines.
    static func problems(_ library: TemplateLibrary, limit: Int = TemplateLibrary.maximumOutputBytes) -> [String] {
        do {
            _ = try library.render("main", context: context, shape: shape, limit: limit)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    static let message = "the text made from here would be larger than 5 MB, the limit for one file: a section repeats its "
        + "text for every item of every list it is nested in, and a partial included twice doubles its text"

    @Test("sections nested 40 deep over a list of two (2^40 copies) stop at the outermost section")
    func nestedSections() throws {
        let nest = String(repeating: "{{#items}}", count: 40) + "{{name}} and {{title}}" + String(repeating: "{{/items}}", count: 40)
        let library = try Self.library(["main": "{{title}}\n\n" + nest + "\n"])
        #expect(Self.problems(library) == ["templates/demo/main.mustache:3:1: error: \(Self.message)"])
    }

    @Test("partials that each include the next twice (2^40 copies) stop at the include in the rendered template")
    func doublingPartials() throws {
        var files = ["main": "{{title}}\n  {{> p0}}\n", "p40": "{{title}} "]
        for k in 0..<40 { files["p\(k)"] = "{{> p\(k + 1)}}{{> p\(k + 1)}}" }
        #expect(Self.problems(try Self.library(files)) == ["templates/demo/main.mustache:2:3: error: \(Self.message)"])
    }

    @Test("a template is measured as it will render: a small limit stops it, one above its text lets it render")
    func limitIsTheText() throws {
        let library = try Self.library(["main": "{{#items}}{{name}}, {{/items}}{{title}}\n"])
        let text = try library.render("main", context: Self.context, shape: Self.shape)
        #expect(text == "first, second, Title\n")
        #expect(Self.problems(library, limit: 10).count == 1)
        #expect(Self.problems(library, limit: 100) == [])
    }

    @Test("CRLF line ends count as one line each in template errors")
    func crlfLines() throws {
        #expect(throws: TemplateError.self) { try Self.library(["main": "one\r\ntwo\r\n{{#items}}\r\n"]) }
        do {
            _ = try Self.library(["main": "one\r\ntwo\r\n{{#items}}\r\n"])
        } catch let error as TemplateError {
            #expect(error.problems.map(\.description) == ["templates/demo/main.mustache:3:1: error: unclosed section 'items': add '{{/items}}'"])
        }
    }
}
