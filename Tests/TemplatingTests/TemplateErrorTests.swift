import Testing
import Templating

@Suite("Template errors name the file, line and column")
struct TemplateErrorTests {
    static func problems(_ files: [String: String], render name: String = "main",
                         shape: TemplateShape = TemplateRenderingTests.shape) -> [String] {
        do throws(TemplateError) {
            let library = try TemplateLibrary(files.map {
                TemplateFile(name: $0.key, path: "templates/_shared/\($0.key).mustache", text: $0.value)
            })
            _ = try library.render(name, context: TemplateRenderingTests.context, shape: shape)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("An unclosed section is reported where it opens")
    func unclosedSection() {
        #expect(Self.problems(["main": "Title\n  {{#items}}\n{{name}}\n"]) ==
            ["templates/_shared/main.mustache:2:3: error: unclosed section 'items': add '{{/items}}'"])
    }

    @Test("A closing tag that does not match names the section still open")
    func mismatchedClose() {
        #expect(Self.problems(["main": "{{#items}}\n{{name}}{{/item}}{{/items}}"]) == [
            "templates/_shared/main.mustache:2:9: error: '{{/item}}' does not match the open section 'items' (opened at line 1, column 1)",
        ])
    }

    @Test("A closing tag without an open section is an error")
    func strayClose() {
        #expect(Self.problems(["main": "text {{/items}}"]) ==
            ["templates/_shared/main.mustache:1:6: error: '{{/items}}' closes a section that was never opened"])
    }

    @Test("A tag without its closing braces is an error")
    func unclosedTag() {
        #expect(Self.problems(["main": "one\ntwo {{title\n"]) ==
            ["templates/_shared/main.mustache:2:5: error: unclosed tag '{{title': missing '}}'"])
    }

    @Test("An unknown partial is reported where it is included")
    func unknownPartial() {
        #expect(Self.problems(["main": "{{title}}\n\n{{> heder}}\n", "header": "x"]) ==
            ["templates/_shared/main.mustache:3:1: error: unknown partial 'heder' (did you mean 'header'?)"])
    }

    @Test("A variable the context does not provide is reported with its position, even inside a partial")
    func unknownVariable() {
        #expect(Self.problems(["main": "{{title}}\n{{> part}}\n", "part": "{{#items}}\n  {{nmae}} {{outlet}}\n{{/items}}\n"]) == [
            "templates/_shared/part.mustache:2:3: error: unknown variable 'nmae' (did you mean 'name'?)",
            "templates/_shared/part.mustache:2:12: error: unknown variable 'outlet'",
        ])
    }

    @Test("A name is only known inside the section that provides it")
    func scopedNames() {
        #expect(Self.problems(["main": "{{#items}}{{name}}{{/items}} {{name}}"]) ==
            ["templates/_shared/main.mustache:1:30: error: unknown variable 'name'"])
    }

    @Test("Printing a list as text is an error that says how to show its items")
    func listAsVariable() {
        #expect(Self.problems(["main": "{{items}}"]) ==
            ["templates/_shared/main.mustache:1:1: error: 'items' is a list: show its items with '{{#items}}…{{/items}}'"])
    }

    @Test("An unknown template name is an error rather than empty output")
    func unknownTemplate() {
        #expect(Self.problems(["main": "x"], render: "briefing") ==
            ["briefing: error: unknown template 'briefing' (templates: main)"])
    }

    @Test("Unsupported tags are explained", arguments: [
        ("{{=<% %>=}}", "changing delimiters with '{{=…=}}' is not supported"),
        ("{{% CONTENT_TYPE: HTML}}", "pragmas such as '{{%…}}' are not supported: templates always render plain text"),
        ("{{uppercased(title)}}", "transforms such as 'uppercased(title)' are not supported: the program provides ready-made values"),
        ("{{}}", "empty tag '{{}}': write a name between the braces"),
    ])
    func unsupported(tag: String, message: String) {
        #expect(Self.problems(["main": tag]) == ["templates/_shared/main.mustache:1:1: error: \(message)"])
    }

    @Test("A partial that includes itself is an error, not an endless loop")
    func recursivePartial() {
        #expect(Self.problems(["main": "{{> a}}", "a": "{{> b}}", "b": "{{> a}}"]) ==
            ["templates/_shared/b.mustache:1:1: error: partial 'a' includes itself (through main → a → b)"])
    }

    @Test("Every problem in every file is reported at once")
    func allProblems() {
        #expect(Self.problems(["main": "{{#x}}", "other": "{{/y}}"]).count == 2)
    }
}
