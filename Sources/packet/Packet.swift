import ArgumentParser
import Foundation
import PacketBuild

/// The `packet` command: turns an article and its model into classroom packets.
@main
struct Packet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract: "Turn a news or opinion article into classroom packets: workbook, briefing, quizzes and LMS exports.",
        discussion: """
        An article is a folder seeds/<id>/ holding article.txt (the text as published) and model.yaml \
        (its curated model). An audience is a folder templates/<name>/. See README.md.

        Example:
          packet validate isis-after-mosul
          packet build --article isis-after-mosul --audience high-school
        """,
        version: "1.0.0",
        subcommands: [Validate.self, Model.self, Build.self, Review.self, Audiences.self, NewAudience.self, Draft.self]
    )

    static func main() async {
        // A full disk or a file-size limit must make a write fail, so that the build reports it
        // and leaves the previous packet as it was, rather than kill the process outright.
        signal(SIGXFSZ, SIG_IGN)
        // Ctrl-C or `kill` stops a build cleanly: no staging folder left, exit 130 or 143.
        Interruption.install()
        await main(nil)
    }
}
