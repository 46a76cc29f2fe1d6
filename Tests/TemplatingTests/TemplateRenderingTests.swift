import Testing
import Templating

@Suite("Rendering templates")
struct TemplateRenderingTests {
    static let shape = TemplateShape.record([
        "title": .text,
        "hasNotes": .flag,
        "dek": .text,
        "items": .list(.record(["name": .text, "note": .text])),
        "meta": .record(["outlet": .text]),
    ])

    static let context = TemplateValue.record([
        "title": .text("Q&A: “Mosul” <after> the battle"),
        "hasNotes": .flag(true),
        "dek": .absent,
        "items": .list([
            .record(["name": .text("first"), "note": .text("a & b")]),
            .record(["name": .text("second"), "note": .absent]),
        ]),
        "meta": .record(["outlet": .text("Quartz")]),
    ])

    static func library(_ files: [String: String]) throws -> TemplateLibrary {
        try TemplateLibrary(files.map { TemplateFile(name: $0.key, path: "templates/_shared/\($0.key).mustache", text: $0.value) })
    }

    @Test("Text is never HTML-escaped, in the main template or in partials")
    func unescaped() throws {
        let library = try Self.library([
            "main": "{{title}}\n{{> part}}",
            "part": "{{#items}}{{note}}|{{/items}}\n",
        ])
        let text = try library.render("main", context: Self.context, shape: Self.shape)
        #expect(text == "Q&A: “Mosul” <after> the battle\na & b||\n")
    }

    @Test("Lists repeat, flags switch, absent values hide their sections, dotted names reach into groups")
    func sections() throws {
        let library = try Self.library(["main": """
            {{#items}}
            - {{name}}{{#note}} ({{note}}){{/note}}
            {{/items}}
            {{#hasNotes}}notes on{{/hasNotes}}{{^dek}}, no dek{{/dek}}
            {{meta.outlet}}

            """])
        let text = try library.render("main", context: Self.context, shape: Self.shape)
        #expect(text == "- first (a & b)\n- second\nnotes on, no dek\nQuartz\n")
    }

    @Test("A context that differs from its declared shape is reported field by field")
    func mismatches() {
        let value = TemplateValue.record(["title": .list([]), "extra": .text("x")])
        let problems = value.mismatches(against: .record(["title": .text, "items": .list(.text)]))
        #expect(problems == [".items is missing", ".extra is not declared", ".title is a list, declared text"])
    }
}
