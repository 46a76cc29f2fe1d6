import Testing
import Templating

@Suite("Sharing a parsed template library")
struct TemplateLibraryCacheTests {
    @Test("The same files give a library that renders the same text; edited files are parsed afresh")
    func sharesByContent() throws {
        let files = [TemplateFile(name: "main", path: "main.mustache", text: "Hello {{title}}\n")]
        let context = TemplateValue.record(["title": .text("class")]), shape = TemplateShape.record(["title": .text])
        #expect(try TemplateLibrary.shared(files).render("main", context: context, shape: shape) == "Hello class\n")
        #expect(try TemplateLibrary.shared(files).render("main", context: context, shape: shape) == "Hello class\n")
        let edited = [TemplateFile(name: "main", path: "main.mustache", text: "Goodbye {{title}}\n")]
        #expect(try TemplateLibrary.shared(edited).render("main", context: context, shape: shape) == "Goodbye class\n")
    }

    @Test("A broken template is reported every time, not remembered as a library")
    func problemsAreNotCached() {
        let files = [TemplateFile(name: "main", path: "t/main.mustache", text: "{{#items}}\n")]
        for _ in 0..<2 {
            #expect(throws: TemplateError.self) { try TemplateLibrary.shared(files) }
        }
    }
}
