import Foundation
import PacketModel
import Testing
@testable import QuizExport

/// Compares each export of the fixture bank byte for byte with `Golden/`. Run with
/// `UPDATE_GOLDEN=1` to rewrite the golden files after an intended change, then review the diff.
@Suite("Golden files")
struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

    static let renderers: [any PacketRenderer] = QuizExportRenderer.lmsExporters + [PrintedQuizRenderer()]

    @Test("every export of the fixture bank matches its golden file byte for byte",
          arguments: renderers.map(\.name))
    func matchesGolden(renderer name: String) throws {
        let renderer = try #require(Self.renderers.first { $0.name == name })
        let output = try renderer.render(try TemplateFolder.input())
        #expect(!output.files.isEmpty)
        for file in output.files {
            let golden = Self.folder.appendingPathComponent(file.path.replacingOccurrences(of: "/", with: "__"))
            if Self.updating {
                try file.data.write(to: golden)
            } else {
                let expected = try Data(contentsOf: golden)
                #expect(file.data == expected, "\(file.path) differs from Golden/\(golden.lastPathComponent)")
            }
        }
    }

    @Test("rendering twice gives byte-identical files", arguments: renderers.map(\.name))
    func deterministic(renderer name: String) throws {
        let renderer = try #require(Self.renderers.first { $0.name == name })
        let first = try renderer.render(try TemplateFolder.input()).files
        let second = try renderer.render(try TemplateFolder.input()).files
        #expect(first == second)
    }
}
