import Foundation
import Testing

/// Every input the fuzzer (Tests/Fuzz) once crashed or hung on, run again through the same
/// pipeline: load → validate → quiz → every renderer for every audience. Thrown diagnostics are
/// fine; the test fails if the process crashes or if an input is no longer handled.
struct FuzzRegressionTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let regressions = repository.appendingPathComponent("Tests/Fuzz/regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: regressions.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("the fuzzer's past crashing inputs are kept as regressions")
    func regressionsExist() {
        #expect(!Self.inputs.isEmpty)
    }

    /// Fails by crashing or trapping (the test process dies) or by hanging past the limit.
    @Test("a past crashing or hanging fuzz input runs through every stage and returns",
          .timeLimit(.minutes(2)), arguments: inputs)
    func runsWithoutCrashing(_ name: String) throws {
        let pipeline = try FuzzPipeline(repository: Self.repository)
        #expect(pipeline.audiences.count == 4)
        let input = try Data(contentsOf: Self.regressions.appendingPathComponent(name))
        pipeline.run(input)
    }

    @Test("the seed article goes through the fuzz pipeline and renders a packet for every audience")
    func seedRendersEveryAudience() throws {
        let pipeline = try FuzzPipeline(repository: Self.repository)
        let seed = try Data(contentsOf: Self.repository.appendingPathComponent("Tests/Fuzz/corpus/isis-after-mosul"))
        #expect(pipeline.run(seed) == pipeline.audiences.count)
    }
}
