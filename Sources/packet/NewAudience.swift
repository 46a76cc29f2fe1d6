import ArgumentParser
import Foundation
import PacketLoading
import PacketModel

/// `packet new-audience`: copies an audience folder for editing.
struct NewAudience: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-audience",
        abstract: "Copy an audience folder to start a new audience.",
        discussion: """
        Example:
          packet new-audience grade-7-history --from middle-school
        """)

    @Argument(help: "The new audience's name (letters, digits, '-' and '_').")
    var name: String

    @Option(help: "The audience to copy.")
    var from: String

    @Option(help: "The templates folder.")
    var templates = "templates"

    func run() throws {
        try reportingDiagnostics {
            try AudienceName.check(name, displayFolder: templates)
            let loader = AudienceLoader(folder: URL(fileURLWithPath: templates), displayFolder: templates)
            _ = try loader.load(from)
            let source = URL(fileURLWithPath: templates).appendingPathComponent(from)
            let target = URL(fileURLWithPath: templates).appendingPathComponent(name)
            guard !FileManager.default.fileExists(atPath: target.path) else {
                throw DiagnosticsError([Diagnostic(file: "\(templates)/\(name)", message: "already exists; choose another name")])
            }
            try FileManager.default.copyItem(at: source, to: target)
            print("""
            Created \(templates)/\(name) from \(from). Now edit:
              \(templates)/\(name)/audience.yaml   display_name, description, reading_level, line_width,
                                                  briefing sections, sensitivity, workbook sheets, quiz settings
              \(templates)/\(name)/*.mustache      the wording of the briefing and quizzes (see \(templates)/README.md)
            Then check it with: packet build --audience \(name)
            """)
        }
    }
}
