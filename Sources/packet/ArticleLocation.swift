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
            let trimmed = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            guard fm.fileExists(atPath: trimmed, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw DiagnosticsError([Diagnostic(file: trimmed, message: "article folder not found")])
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

    /// The seed ids in a seeds folder: sub-folders that hold a model.yaml, sorted.
    static func seedIds(_ seeds: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []
        return names.filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(seeds)/\($0)/model.yaml") }.sorted()
    }
}
