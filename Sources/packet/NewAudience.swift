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

    @OptionGroup var templates: TemplatesFolder

    func run() throws {
        try reportingDiagnostics {
            try AudienceName.check(name, displayFolder: templates.path)
            let loader = AudienceLoader(folder: URL(fileURLWithPath: templates.path), displayFolder: templates.path)
            _ = try loader.load(from)
            let source = URL(fileURLWithPath: templates.path).appendingPathComponent(from)
            let target = URL(fileURLWithPath: templates.path).appendingPathComponent(name)
            guard !FileManager.default.fileExists(atPath: target.path) else {
                throw DiagnosticsError([Diagnostic(file: "\(templates.path)/\(name)", message: "already exists; choose another name")])
            }
            try FileManager.default.copyItem(at: source, to: target)
            print("""
            Created \(templates.path)/\(name) from \(from). Now edit:
              \(templates.path)/\(name)/audience.yaml   display_name, description, reading_level, line_width,
                                                  briefing sections, sensitivity, workbook sheets, quiz settings
              \(templates.path)/\(name)/*.mustache      the wording of the briefing and quizzes (see \(templates.path)/README.md)
            Then check it with: packet build --audience \(name)
            """)
        }
    }
}
