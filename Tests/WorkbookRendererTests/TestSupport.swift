import Foundation
import TestHelpers
import PacketModel
@testable import WorkbookRenderer
import XlsxWriter

/// Helpers shared by the renderer tests: paths, processes and a rendered packet on disk.
enum TestSupport {
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    static var testsFolder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent() }

    /// Runs a program; stdout and stderr are kept apart.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, output: String) {
        let result = try Subprocess.run(executable, arguments)
        return (result.status, result.stdout, result.output)
    }

    static func input(_ model: ArticleModel = ArticleFixture.full, responses: ClassResponses? = ClassFixture.responses,
                      audience: Audience = ArticleFixture.audience) -> RenderInput {
        RenderInput(article: model, audience: audience, quiz: QuizFixture.quiz, responses: responses)
    }

    /// Renders and writes the files into a fresh folder; returns the folder and the output.
    static func renderToDisk(_ input: RenderInput) throws -> (folder: URL, output: RenderOutput) {
        let output = try WorkbookRenderer().render(input)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-tests-\(UUID().uuidString)")
        for file in output.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        return (folder, output)
    }
}

extension SheetContext {
    /// A context for calling a sheet's selection functions directly; its workbook is never written.
    static func probe(_ input: RenderInput, edition: WorkbookEdition = .student) throws -> SheetContext {
        let workbook = try Workbook(path: FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString).xlsx").path)
        let sheets = WorkbookRenderer().sheets(for: edition, input)
        return SheetContext(input: input, edition: edition, style: WorkbookStyle(workbook: workbook), workbook: workbook, sheets: sheets)
    }
}
