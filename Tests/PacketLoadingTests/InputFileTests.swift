import Foundation
import PacketLoading
import PacketModel
import Testing

/// A model, audience or article that is not a file is named for what it is, and never read
/// (a named pipe would block the build forever, `/dev/zero` would fill the memory).
@Suite("Inputs that are not files")
struct InputFileTests {
    enum Stand: String, CaseIterable, CustomTestStringConvertible {
        case folder, fifo, devZero
        var testDescription: String { rawValue }

        /// Puts this in place of the file at `url`.
        func make(at url: URL) throws {
            try? FileManager.default.removeItem(at: url)
            switch self {
            case .folder: try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            case .fifo: #expect(mkfifo(url.path, 0o644) == 0)
            case .devZero: try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/dev/zero")
            }
        }

        var described: String {
            switch self {
            case .folder: "a folder"
            case .fifo: "a named pipe (FIFO)"
            case .devZero: "a device (/dev/zero)"
            }
        }
    }

    func problems(_ loader: AudienceLoader) -> [String] {
        do {
            _ = try loader.load("demo")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("a model.yaml that is a folder, a named pipe or a link to /dev/zero says what it is", arguments: Stand.allCases)
    func model(_ stand: Stand) throws {
        let fixture = try Fixture()
        try stand.make(at: fixture.folder.appendingPathComponent("model.yaml"))
        #expect(fixture.diagnostics() == ["demo/model.yaml: error: the model file is \(stand.described), not a file"])
    }

    @Test("an article.txt that is not a file says what it is", arguments: Stand.allCases)
    func article(_ stand: Stand) throws {
        let fixture = try Fixture()
        try stand.make(at: fixture.folder.appendingPathComponent("article.txt"))
        #expect(fixture.diagnostics() == ["demo/article.txt: error: the article file is \(stand.described), not a file"])
    }

    @Test("an audience.yaml or a template that is not a file says what it is, not 'no such audience'", arguments: Stand.allCases)
    func audience(_ stand: Stand) throws {
        let root = try AudienceLoaderTests().folder(AudienceLoaderTests.valid)
        let loader = AudienceLoader(folder: root, displayFolder: "templates")
        try stand.make(at: root.appendingPathComponent("demo/audience.yaml"))
        #expect(problems(loader) == ["templates/demo/audience.yaml: error: the audience file is \(stand.described), not a file"])
        try Data(AudienceLoaderTests.valid.utf8).write(to: root.appendingPathComponent("demo/audience.yaml.new"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("demo/audience.yaml"))
        try FileManager.default.moveItem(at: root.appendingPathComponent("demo/audience.yaml.new"),
                                         to: root.appendingPathComponent("demo/audience.yaml"))
        try stand.make(at: root.appendingPathComponent("demo/briefing.mustache"))
        #expect(problems(loader) == ["templates/demo/briefing.mustache: error: the template is \(stand.described), not a file"])
    }
}
