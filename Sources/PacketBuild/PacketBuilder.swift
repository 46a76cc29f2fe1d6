import Foundation
import PacketLoading
import PacketModel
import QuizEngine

/// Builds packets: loads and checks every input first, renders every packet, and only then
/// writes each packet folder atomically. Bad input changes nothing on disk.
package struct PacketBuilder: Sendable {
    /// Makes an audience's quiz (the quiz engine). A review copy's quiz (`review`) leaves out what a
    /// model still being finished cannot support, and says so in the notes.
    package typealias QuizMaker = @Sendable (ArticleModel, Audience, _ forms: Int?, _ seed: UInt64?, _ review: Bool) throws
        -> (quiz: QuizSet, notes: [String])

    package var renderers: [any PacketRenderer]
    package var makeQuiz: QuizMaker
    /// The generator name and version written into manifests.
    package var generator: String

    package init(renderers: [any PacketRenderer], makeQuiz: @escaping QuizMaker, generator: String) {
        self.renderers = renderers; self.makeQuiz = makeQuiz; self.generator = generator
    }

    /// Runs the build; throws ``DiagnosticsError`` listing every problem before anything is written.
    package func build(_ request: BuildRequest) throws -> [PacketReport] {
        let inputs = try BuildInputs.load(request)
        let jobs = inputs.packets
        let results = parallelMap(jobs.count, workers: request.jobs) { index in
            Result { try render(jobs[index], request: request) }
        }
        var rendered: [(files: [PacketFile], manifest: Manifest)] = []
        var diagnostics: [Diagnostic] = []
        for (job, result) in zip(jobs, results) {
            switch result {
            case .success(let packet): rendered.append(packet)
            case .failure(let error as DiagnosticsError): diagnostics += error.diagnostics
            case .failure(let error as QuizBlueprintError):
                // What the model lacks: reported against the model file, one line per shortfall.
                diagnostics += error.messages.map { Diagnostic(file: job.article.display + "/model.yaml", message: $0) }
            case .failure(let error): diagnostics.append(Diagnostic(file: job.article.display,
                message: "cannot build the \(job.audience.name) packet: \(error)"))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(Array(Set(diagnostics))) }
        // Packets are independent folders, each swapped into place on its own: write them in parallel.
        let packets = rendered
        let written = parallelMap(jobs.count, workers: request.jobs) { index in
            Result { try write(packets[index], for: jobs[index], request: request) }
        }
        let failures = written.flatMap { result -> [Diagnostic] in
            if case .failure(let error as DiagnosticsError) = result { return error.diagnostics }
            return []
        }
        guard failures.isEmpty else { throw DiagnosticsError(failures) }
        return try written.map { try $0.get() }
    }

    /// Writes one rendered packet into its folder; a failure leaves what was there as it was.
    private func write(_ packet: (files: [PacketFile], manifest: Manifest), for job: BuildInputs.Packet,
                       request: BuildRequest) throws -> PacketReport {
        let folder = job.folder(in: request.output), display = job.display(in: request.outputDisplay)
        let kept: URL?
        do {
            kept = try PacketWriter.write(packet.files, to: folder, force: request.force)
        } catch let error as DiagnosticsError {
            throw error
        } catch let error as PacketWriter.NotOurs {
            throw DiagnosticsError([PacketFolder.refusal(error.reason, folder: folder, display: display)])
        } catch {
            let unchanged = switch PacketFolder.state(of: folder) {
            case .absent: "nothing was written there"
            case .written: "the previous packet there is unchanged"
            case .foreign: "what was there is unchanged"
            }
            throw DiagnosticsError([Diagnostic(file: display, message: "cannot write the packet (\(OutputFolder.reason(error))); \(unchanged)")])
        }
        return PacketReport(article: job.model.id, audience: job.audience.name, folder: folder, manifest: packet.manifest,
                            keptOld: kept)
    }

    /// Makes the quiz, runs every renderer and adds the manifest.
    func render(_ job: BuildInputs.Packet, request: BuildRequest) throws -> (files: [PacketFile], manifest: Manifest) {
        let (quiz, reviewNotes) = try makeQuiz(job.model, job.audience, request.forms, request.seed, request.draft)
        let responses = try request.responses.map {
            try ResponsesLoader.load($0, displayPath: request.responsesDisplay, itemCount: quiz.formA.items.count)
        }
        let input = RenderInput(article: job.model, audience: job.audience, quiz: quiz, responses: responses,
                                isDraft: request.draft)
        var packet = RenderOutput()
        packet.notes += reviewNotes
        for renderer in renderers {
            packet.merge(try renderer.render(input), notePrefix: "\(renderer.name): ")
        }
        if request.draft { packet.files = packet.files.map(Self.withDraftBanner) }
        let manifest = Manifest(article: job.model.id, title: job.model.metadata.title, audience: job.audience.name,
                                audienceName: job.audience.displayName, generator: generator,
                                quizSeed: quiz.formA.seed, files: Manifest.entries(packet.files), notes: packet.notes,
                                warnings: packet.warnings, metrics: packet.metrics, draft: request.draft ? true : nil)
        return (packet.files + [PacketFile(path: "manifest.json", data: try manifest.json())], manifest)
    }

    /// A review copy's printed text files (article, briefing, guide, quizzes, keys) open with the
    /// banner on a line of its own. Import files keep their format: their quiz titles carry it.
    static func withDraftBanner(_ file: PacketFile) -> PacketFile {
        let name = (file.path as NSString).lastPathComponent
        guard name.hasSuffix(".txt"), !name.hasPrefix("quiz."), !name.hasPrefix("deck.") else { return file }
        let banner = "\(RenderInput.draftBanner): a review copy of a drafted model. Check every item before a student sees it.\n\n"
        return PacketFile(path: file.path, data: Data(banner.utf8) + file.data)
    }
}
