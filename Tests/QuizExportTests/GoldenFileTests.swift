import Foundation
import PacketModel
import TestHelpers
import Testing
@testable import QuizExport

/// Compares each export of the fixture bank byte for byte with `Golden/` (see ``Golden``: a
/// mismatch leaves `<file>.actual` beside the golden file; `UPDATE_GOLDEN=1` rewrites them).
@Suite("Golden files")
struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let renderers: [any PacketRenderer] = QuizExportRenderer.lmsExporters + [PrintedQuizRenderer()]

    @Test("every export of the fixture bank matches its golden file byte for byte",
          arguments: renderers.map(\.name))
    func matchesGolden(renderer name: String) throws {
        let renderer = try #require(Self.renderers.first { $0.name == name })
        let output = try renderer.render(try TemplateFolder.input())
        #expect(!output.files.isEmpty)
        for file in output.files {
            let golden = Self.folder.appendingPathComponent(file.path.replacingOccurrences(of: "/", with: "__"))
            Golden.check(file.data, against: golden)
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
