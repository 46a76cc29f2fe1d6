import Foundation
import Testing

/// The READMEs are what a teacher, an IT person and the next engineer read first: they must stay
/// short and true.
@Suite("Documentation")
struct DocumentationTests {
    static func read(_ path: String) throws -> String {
        try String(contentsOf: CLI.repo.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("the README stays under 200 lines and starts with exactly the two commands")
    func readmeIsShort() throws {
        let readme = try Self.read("README.md")
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count < 200, "README.md has \(lines.count) lines")
        let firstBlock = readme.components(separatedBy: "```sh\n")[1].components(separatedBy: "```")[0]
        let commands = firstBlock.split(separator: "\n")
        #expect(commands.count == 2)
        #expect(commands.first?.hasSuffix("swift run packet build") == true)
        #expect(commands.last == "bash Tests/install-tools.sh && swift test")
    }

    @Test("every path the engineers' guide names exists")
    func sourcesGuidePathsExist() throws {
        let guide = try Self.read("Sources/README.md")
        // Code spans that look like a path: a name with a slash or ending in .swift / .mustache / .yaml.
        let spans = guide.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let paths = spans.filter { span in
            !span.contains(" ") && !span.contains("<") && !span.contains("*")
                && (span.contains("/") || span.hasSuffix(".swift") || span.hasSuffix(".mustache"))
                && !span.hasPrefix("-") && !span.contains("(")
                && !span.hasPrefix("student/") && !span.hasPrefix("teacher/")  // paths inside a packet
        }
        #expect(paths.count > 20, "the guide should name the files to change")
        let fm = FileManager.default
        for path in paths {
            let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
            let candidates = [trimmed, "Sources/\(trimmed)"] + fm.subpathsOfSources(ending: trimmed)
            #expect(candidates.contains { fm.fileExists(atPath: CLI.repo.appendingPathComponent($0).path) },
                    "Sources/README.md names '\(path)', which does not exist")
        }
    }

    @Test("no file of the project refers to a folder outside it")
    func nothingOutsideTheRepository() throws {
        let fm = FileManager.default
        for top in ["Sources", "Tests", "README.md", ".ci", "templates", "seeds"] {
            let root = CLI.repo.appendingPathComponent(top)
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: root.path, isDirectory: &isFolder) else { continue }
            let files = isFolder.boolValue ? (fm.subpaths(atPath: root.path) ?? []).map { root.appendingPathComponent($0) } : [root]
            for file in files where !file.path.contains("/Fixtures/") && !file.path.contains("/.build") {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                #expect(!text.contains("../" + "shared") && !text.contains("shared/" + "tools"),
                        "\(file.path) refers to a folder beside the repository")
            }
        }
    }
}

private extension FileManager {
    /// Paths under `Sources/` whose last components are `suffix` (a guide may name
    /// `Sheets/StatisticsSheet.swift` inside `WorkbookRenderer/`).
    func subpathsOfSources(ending suffix: String) -> [String] {
        (subpaths(atPath: CLI.repo.appendingPathComponent("Sources").path) ?? [])
            .filter { $0 == suffix || $0.hasSuffix("/" + suffix) }
            .map { "Sources/\($0)" }
    }
}
