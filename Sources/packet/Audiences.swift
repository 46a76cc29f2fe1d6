import ArgumentParser
import Foundation
import PacketLoading

/// `packet audiences`: lists the audiences in the templates folder.
struct Audiences: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the audiences a packet can be built for.",
        discussion: """
        Example:
          packet audiences
          packet audiences --templates my-templates
        """)

    @OptionGroup var templates: TemplatesFolder

    func run() throws {
        try reportingDiagnostics {
            let loader = AudienceLoader(folder: URL(fileURLWithPath: templates.path), displayFolder: templates.path)
            for name in try loader.audienceNames() {
                let audience = try loader.load(name)
                let band = "reading level \(format(audience.readingLevel.lowerBound))–\(format(audience.readingLevel.upperBound))"
                print("\(name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(audience.displayName): \(audience.description) (\(band))")
            }
        }
    }

    private func format(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}
