import Foundation
import PacketModel

/// Where an ARTICLE argument points: a seed id (`isis-after-mosul`) or a folder path.
struct ArticleLocation {
    let url: URL
    /// How the folder is named in messages.
    let display: String

    var id: String { url.lastPathComponent }

    init(_ argument: String, seeds: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if argument.contains("/") || (fm.fileExists(atPath: argument, isDirectory: &isDirectory) && isDirectory.boolValue) {
            var trimmed = argument
            while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
            guard fm.fileExists(atPath: trimmed, isDirectory: &isDirectory) else {
                throw DiagnosticsError([Diagnostic(file: trimmed, message: "article folder not found")])
            }
            guard isDirectory.boolValue else {
                throw DiagnosticsError([Diagnostic(file: trimmed,
                    message: "is a file; give the article's folder, which holds article.txt and model.yaml")])
            }
            url = URL(fileURLWithPath: trimmed).standardizedFileURL
            display = trimmed
        } else {
            let path = "\(seeds)/\(argument)"
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                let known = Self.seedIds(seeds).joined(separator: ", ")
                throw DiagnosticsError([Diagnostic(file: path,
                    message: "no article '\(argument)' in \(seeds)/" + (known.isEmpty ? "" : "; articles: \(known)"))])
            }
            url = URL(fileURLWithPath: path).standardizedFileURL
            display = path
        }
    }

    /// The seed ids in a seeds folder, or a diagnostic when the folder is missing or holds none.
    static func seedIds(checking seeds: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: seeds, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticsError([Diagnostic(file: seeds, message: "seeds folder not found")])
        }
        let ids = seedIds(seeds)
        guard !ids.isEmpty else {
            throw DiagnosticsError([Diagnostic(file: seeds, message: "no articles found (folders holding a model.yaml)")])
        }
        return ids
    }

    /// The seed ids in a seeds folder: sub-folders that hold a model.yaml, sorted.
    static func seedIds(_ seeds: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []
        return names.filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(seeds)/\($0)/model.yaml") }.sorted()
    }
}
