import Foundation
import PacketLoading
import PacketModel
import Synchronization

/// Builds packets: loads and checks every input first, renders every packet, and only then
/// writes each packet folder atomically. Bad input changes nothing on disk.
public struct PacketBuilder: Sendable {
    /// Makes an audience's quiz (the quiz engine).
    public typealias QuizMaker = @Sendable (ArticleModel, Audience, _ forms: Int?, _ seed: UInt64?) throws -> QuizSet

    public var renderers: [any PacketRenderer]
    public var makeQuiz: QuizMaker
    /// The generator name and version written into manifests.
    public var generator: String

    public init(renderers: [any PacketRenderer], makeQuiz: @escaping QuizMaker, generator: String) {
        self.renderers = renderers; self.makeQuiz = makeQuiz; self.generator = generator
    }

    /// Runs the build; throws ``DiagnosticsError`` listing every problem before anything is written.
    public func build(_ request: BuildRequest) throws -> [PacketReport] {
        let inputs = try BuildInputs.load(request)
        let jobs = inputs.packets
        let results = Mutex<[Int: Result<(files: [PacketFile], manifest: Manifest), any Error>]>([:])
        let next = Atomic<Int>(0)
        let workers = min(request.jobs, max(1, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < jobs.count else { return }
                let result = Result { try render(jobs[index], request: request) }
                results.withLock { $0[index] = result }
            }
        }
        var rendered: [(files: [PacketFile], manifest: Manifest)] = []
        var diagnostics: [Diagnostic] = []
        for index in jobs.indices {
            switch results.withLock({ $0[index] }) {
            case .success(let packet)?: rendered.append(packet)
            case .failure(let error as DiagnosticsError)?: diagnostics += error.diagnostics
            case .failure(let error)?: diagnostics.append(Diagnostic(file: jobs[index].article.display,
                message: "cannot build the \(jobs[index].audience.name) packet: \(error)"))
            case nil: break
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(Array(Set(diagnostics))) }
        return try zip(jobs, rendered).map { job, packet in
            let folder = request.output.appendingPathComponent(job.model.id).appendingPathComponent(job.audience.name)
            do {
                try PacketWriter.write(packet.files, to: folder)
            } catch let error as DiagnosticsError {
                throw error
            } catch {
                throw DiagnosticsError([Diagnostic(file: "\(request.outputDisplay)/\(job.model.id)/\(job.audience.name)",
                    message: "cannot write the packet (\(OutputFolder.reason(error))); the previous packet there is unchanged")])
            }
            return PacketReport(article: job.model.id, audience: job.audience.name, folder: folder, manifest: packet.manifest)
        }
    }

    /// Makes the quiz, runs every renderer and adds the manifest.
    func render(_ job: BuildInputs.Packet, request: BuildRequest) throws -> (files: [PacketFile], manifest: Manifest) {
        let quiz = try makeQuiz(job.model, job.audience, request.forms, request.seed)
        let responses = try request.responses.map {
            try ResponsesLoader.load($0, displayPath: request.responsesDisplay, itemCount: quiz.formA.items.count)
        }
        let input = RenderInput(article: job.model, audience: job.audience, quiz: quiz, responses: responses)
        var files: [PacketFile] = []
        var notes: [String] = []
        var warnings: [String] = []
        var metrics: [String: Double] = [:]
        for renderer in renderers {
            let output = try renderer.render(input)
            files += output.files
            notes += output.notes.map { "\(renderer.name): \($0)" }
            warnings += output.warnings
            metrics.merge(output.metrics) { _, new in new }
        }
        let manifest = Manifest(article: job.model.id, title: job.model.metadata.title, audience: job.audience.name,
                                audienceName: job.audience.displayName, generator: generator,
                                quizSeed: quiz.formA.seed, files: Manifest.entries(files), notes: notes, warnings: warnings,
                                metrics: metrics)
        files.append(PacketFile(path: "manifest.json", data: try manifest.json()))
        return (files, manifest)
    }
}
