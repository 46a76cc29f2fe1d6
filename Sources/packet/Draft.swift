import ArgumentParser

struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not yet available.")
    func run() throws { throw ValidationError("not yet available") }
}
