import ArgumentParser

/// `--seeds DIR`: where the articles are, one sub-folder each. Shared by every command that
/// finds articles by id, so the option reads and behaves the same everywhere.
struct SeedsFolder: ParsableArguments {
    @Option(name: .customLong("seeds"), help: "The seeds folder (one sub-folder per article).")
    var path = "seeds"

    func validate() throws {
        if path.isEmpty { throw ValidationError("--seeds must name a folder") }
    }
}

/// `--templates DIR`: where the audiences are, one sub-folder each.
struct TemplatesFolder: ParsableArguments {
    @Option(name: .customLong("templates"), help: "The templates folder (one sub-folder per audience).")
    var path = "templates"

    func validate() throws {
        if path.isEmpty { throw ValidationError("--templates must name a folder") }
    }
}
