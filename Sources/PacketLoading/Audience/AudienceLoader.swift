import Foundation
import PacketModel
import Yams

/// Loads audiences from a templates folder: `<folder>/<audience>/audience.yaml` plus Mustache
/// templates, with shared templates in `<folder>/_shared/` that an audience may override.
package struct AudienceLoader: Sendable {
    /// The templates folder.
    package let folder: URL
    /// How the folder is named in diagnostics, e.g. `templates`.
    package let displayFolder: String

    /// The folder of shared partials and templates.
    static let sharedFolderName = "_shared"

    package init(folder: URL, displayFolder: String? = nil) {
        self.folder = folder
        self.displayFolder = displayFolder ?? folder.path
    }

    /// Names of the audiences in the folder (sub-folders holding an `audience.yaml`), sorted.
    package func audienceNames() throws -> [String] {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw DiagnosticsError([Diagnostic(file: displayFolder, message: "templates folder not found or unreadable")])
        }
        return entries.filter { name in
            !name.hasPrefix("_") && !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).appendingPathComponent("audience.yaml").path)
        }.sorted()
    }

    /// Loads one audience; throws ``DiagnosticsError`` with every problem found.
    package func load(_ name: String) throws -> Audience {
        try AudienceName.check(name, displayFolder: displayFolder)
        let audienceFolder = folder.appendingPathComponent(name)
        let yamlPath = "\(displayFolder)/\(name)/audience.yaml"
        let known = (try? audienceNames())?.joined(separator: ", ") ?? ""
        let data = try InputFile.read(audienceFolder.appendingPathComponent("audience.yaml"), displayPath: yamlPath,
                                      what: "the audience file",
                                      missing: "no such audience '\(name)'" + (known.isEmpty ? "" : "; audiences: \(known)"))
            .mapError { DiagnosticsError([$0]) }.get()
        guard let yaml = String(validating: data, as: UTF8.self) else {
            throw DiagnosticsError([ArticleText.notUTF8(data, displayPath: yamlPath, what: "the audience file", advice: "save it as UTF-8")])
        }
        let sink = DiagnosticSink(file: yamlPath)
        let context = ReadContext(sink: sink)
        var templateProblems: [Diagnostic] = []
        let templates = readTemplates(audienceFolder: audienceFolder, name: name, problems: &templateProblems)
        let audience = YAMLDocument.parse(yaml, sink: sink).flatMap {
            AudienceReader(context: context).read($0, name: name, templates: templates)
        }
        guard let audience, !sink.hasErrors, templateProblems.isEmpty else {
            throw DiagnosticsError(sink.diagnostics + templateProblems)
        }
        return audience
    }

    /// Shared templates, then the audience's own (same name wins).
    private func readTemplates(audienceFolder: URL, name: String, problems: inout [Diagnostic]) -> [String: TemplateSource] {
        var templates: [String: TemplateSource] = [:]
        let shared = folder.appendingPathComponent(Self.sharedFolderName)
        for (url, shown) in [(shared, "\(displayFolder)/\(Self.sharedFolderName)"), (audienceFolder, "\(displayFolder)/\(name)")] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".mustache") {
                let templateName = String(file.dropLast(".mustache".count))
                let path = "\(shown)/\(file)"
                let data: Data
                switch InputFile.read(url.appendingPathComponent(file), displayPath: path, what: "the template",
                                      missing: "the template was removed while it was being read") {
                case .success(let read): data = read
                case .failure(let problem): problems.append(problem); continue
                }
                if let zero = data.firstIndex(of: 0) {
                    problems.append(Diagnostic(file: path, line: LineEnds.line(ofByte: zero - data.startIndex, in: data),
                                               message: "the template holds a NUL byte (U+0000) on this line; delete it, or save the file again as plain UTF-8 text"))
                    continue
                }
                guard let text = String(validating: data, as: UTF8.self) else {
                    problems.append(ArticleText.notUTF8(data, displayPath: path, what: "the template", advice: "save it as UTF-8"))
                    continue
                }
                // CRLF and CR line ends read as LF: line numbers count right, and the output has one kind of line end.
                templates[templateName] = TemplateSource(name: templateName, path: path, text: LineEnds.normalized(text))
            }
        }
        return templates
    }
}

/// Rules for audience names: they become folder names, so no separators and no `..`.
package enum AudienceName {
    /// Throws when `name` could escape its folder or is not a plain folder name.
    package static func check(_ name: String, displayFolder: String) throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard !name.isEmpty, name != ".", name != "..", !name.hasPrefix("."), !name.hasPrefix("_"),
              name.unicodeScalars.allSatisfy(allowed.contains), !name.contains("..") else {
            throw DiagnosticsError([Diagnostic(file: displayFolder,
                message: "'\(name)' is not a valid audience name: use letters, digits, '-' and '_' (no '/', no '..', not starting with '.' or '_')")])
        }
    }
}
