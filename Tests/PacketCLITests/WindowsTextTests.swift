import Foundation
import TestHelpers
import Testing

/// Inputs saved on Windows (CRLF line ends and a byte-order mark, as Notepad and Word's plain
/// text write them) or an old Mac (CR) build and draft exactly as their Unix originals.
@Suite("Windows text files")
struct WindowsTextTests {
    /// Rewrites every text input under `folder` with `ending` line ends and a byte-order mark.
    static func resave(_ folder: URL, ending: String) throws {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            guard [".txt", ".yaml", ".mustache"].contains(where: path.hasSuffix) else { continue }
            let url = folder.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: ending)).utf8).write(to: url)
        }
    }

    @Test("seeds and templates saved with CRLF or CR build packets byte for byte equal to the LF build",
          arguments: ["\r\n", "\r"])
    func buildIsTheSame(_ ending: String) throws {
        let root = try TemporaryFolder.make("windows-build")
        let unix = root.appendingPathComponent("unix"), windows = root.appendingPathComponent("windows")
        try FileManager.default.copyItem(at: InvalidCase.base, to: unix)
        try FileManager.default.copyItem(at: InvalidCase.base, to: windows)
        try Self.resave(windows, ending: ending)
        let a = try CLI.run(["build"], in: unix), b = try CLI.run(["build"], in: windows)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(b.stdout == a.stdout)
        let built = FolderSnapshot(windows.appendingPathComponent("out"))
        #expect(built == FolderSnapshot(unix.appendingPathComponent("out")))
        #expect(!built.entries.isEmpty)
    }

    @Test("packet draft of an article saved with CRLF writes a model that validates")
    func draftOfCRLF() throws {
        let folder = try CLI.temporaryFolder()
        let seed = folder.appendingPathComponent("seeds/mosul")
        try FileManager.default.createDirectory(at: seed, withIntermediateDirectories: true)
        let text = try String(contentsOf: CLI.repo.appendingPathComponent("seeds/isis-after-mosul/article.txt"), encoding: .utf8)
        try Data(("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")).utf8).write(to: seed.appendingPathComponent("article.txt"))
        let draft = try CLI.run(["draft", "seeds/mosul/article.txt", "--published", "2017-07"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains(" 0 validation errors."), "\(draft.stdout)")
        let validate = try CLI.run(["validate", "mosul"], in: folder)
        #expect(validate.status == 0, "\(validate.stderr)")
    }
}
