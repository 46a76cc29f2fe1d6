import Foundation
import PacketModel

/// What loading an article produced: the validated model when there were no errors, and every
/// diagnostic (errors and warnings), sorted.
package struct LoadResult: Sendable {
    package var model: ArticleModel?
    package var diagnostics: [Diagnostic]
    /// What no person has checked yet (drafted guesses and placeholder text), most important first.
    package var pending: [PendingReview] = []

    package var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The model, or a ``DiagnosticsError`` with every diagnostic when there were errors.
    package func get() throws -> ArticleModel {
        guard let model, errors.isEmpty else { throw DiagnosticsError(diagnostics) }
        return model
    }
}

/// Loads `article.txt` + `model.yaml` from an article folder and validates them.
package enum ArticleLoader {
    /// Loads the article in `folder` (its name is the article id). `displayFolder` is how the
    /// folder is named in diagnostics, e.g. `seeds/isis-after-mosul`.
    package static func load(folder: URL, displayFolder: String? = nil) -> LoadResult {
        let shown = displayFolder ?? folder.path
        let modelPath = shown + "/model.yaml"
        let textResult = ArticleText.read(folder.appendingPathComponent("article.txt"), displayPath: shown + "/article.txt")
        let modelURL = folder.appendingPathComponent("model.yaml")
        let read = InputFile.read(modelURL, displayPath: modelPath, what: "the model file",
                                  missing: "model file not found (write one, or start with `packet draft`)")
        guard case .success(let data) = read else {
            var diagnostics: [Diagnostic] = []
            if case .failure(let d) = read { diagnostics.append(d) }
            if case .failure(let d) = textResult { diagnostics.append(d) }
            return LoadResult(model: nil, diagnostics: diagnostics.sorted())
        }
        guard let yaml = String(validating: data, as: UTF8.self) else {
            return LoadResult(model: nil, diagnostics: [ArticleText.notUTF8(data, displayPath: modelPath, what: "the model file",
                                                                            advice: "save it as UTF-8")])
        }
        return load(yaml: yaml, yamlPath: modelPath, id: folder.lastPathComponent, text: textResult)
    }

    /// Reads and validates model YAML against an article text (already read and checked).
    package static func load(yaml: String, yamlPath: String, id: String,
                            text: Result<ArticleText, Diagnostic>) -> LoadResult {
        let sink = DiagnosticSink(file: yamlPath)
        let context = ReadContext(sink: sink)
        let root = YAMLDocument.parse(yaml, sink: sink)
        var model = root.flatMap { ModelReader(context: context).read($0, id: id) }
        let placeholders = root.map(PlaceholderScan.pending(in:)) ?? []
        for item in placeholders {
            sink.add(.warning, item.summary, at: nil, line: item.line, column: item.column)
        }
        var extra: [Diagnostic] = []
        switch text {
        case .success(let article):
            if let read = model {
                model = ModelValidator(sink: sink, sourceMap: context.sourceMap, declaredIds: context.declaredIds,
                                       thesisFailed: context.thesisFailed, failedLists: context.failedLists).validate(read, text: article)
            }
        case .failure(let diagnostic):
            extra.append(diagnostic)
        }
        let diagnostics = (sink.diagnostics + extra).sorted()
        let failed = diagnostics.contains { $0.severity == .error }
        let pending = (context.pending + placeholders).sorted { ($0.section, $0.line, $0.column) < ($1.section, $1.line, $1.column) }
        return LoadResult(model: failed ? nil : model, diagnostics: diagnostics, pending: pending)
    }

    /// Validates an in-memory model (e.g. a draft) against its article text; diagnostics name
    /// `displayPath` without line numbers.
    package static func validate(_ model: ArticleModel, text: ArticleText, displayPath: String) -> LoadResult {
        let sink = DiagnosticSink(file: displayPath)
        let validated = ModelValidator(sink: sink, sourceMap: SourceMap(), declaredIds: [], checkDuplicateIds: true)
            .validate(model, text: text)
        let failed = sink.hasErrors
        return LoadResult(model: failed ? nil : validated, diagnostics: sink.diagnostics.sorted())
    }
}
