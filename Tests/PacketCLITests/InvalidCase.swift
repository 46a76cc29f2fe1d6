import Foundation
import Testing

/// One broken input of the corpus in Fixtures/invalid/<name>/: `case.txt` says what is broken
/// (`#` lines), how `packet` is run (`args:`), which base files are removed (`remove:`) or
/// generated at run time (`generate: huge-article`), and every error line it must print
/// (`expect:`); `files/` holds the inputs that differ from the base workspace in Fixtures/base/.
struct InvalidCase: CustomTestStringConvertible, Sendable {
    let name: String
    let folder: URL
    let arguments: [String]
    let expected: [String]
    let removed: [String]
    let generated: [String]

    var testDescription: String { name }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let base = fixtures.appendingPathComponent("base")

    /// Every case folder, sorted by name.
    static var all: [InvalidCase] {
        let root = fixtures.appendingPathComponent("invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { try? InvalidCase(folder: root.appendingPathComponent($0)) }
    }

    init(folder: URL) throws {
        self.folder = folder
        name = folder.lastPathComponent
        let lines = try String(contentsOf: folder.appendingPathComponent("case.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        func values(_ key: String) -> [String] {
            lines.filter { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
        }
        arguments = values("args").first.map { $0.split(separator: " ").map(String.init) } ?? []
        expected = values("expect")
        removed = values("remove")
        generated = values("generate")
    }

    /// Makes the case's workspace in `workspace` (a copy of the built base): removes, generates
    /// and overlays its files.
    func apply(to workspace: URL) throws {
        let fm = FileManager.default
        for path in removed { try fm.removeItem(at: workspace.appendingPathComponent(path)) }
        for what in generated where what == "huge-article" { try Self.writeHugeArticle(to: workspace) }
        let files = folder.appendingPathComponent("files")
        guard let walker = fm.enumerator(atPath: files.path) else { return }
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: files.path + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let target = workspace.appendingPathComponent(path)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: files.appendingPathComponent(path), to: target)
        }
    }

    /// The base article followed by filler paragraphs up to 50 MB (made here, never committed).
    static func writeHugeArticle(to workspace: URL) throws {
        let url = workspace.appendingPathComponent("seeds/demo/article.txt")
        var data = try Data(contentsOf: url)
        let filler = Data("Filler words repeat here to make a very long article body line.\n\n".utf8)
        let target = 50 * 1024 * 1024
        data.reserveCapacity(target + filler.count)
        while data.count < target { data.append(filler) }
        try data.write(to: url)
    }
}
