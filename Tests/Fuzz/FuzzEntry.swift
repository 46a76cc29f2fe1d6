import Foundation

/// The repository root: `PACKET_REPOSITORY` if set, else two folders up from this file.
private let repository: URL = {
    if let path = ProcessInfo.processInfo.environment["PACKET_REPOSITORY"] {
        return URL(fileURLWithPath: path)
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}()

/// Loaded once: the audiences and seed article. A failure here is a setup error, not a finding.
private let pipeline: FuzzPipeline = {
    do {
        return try FuzzPipeline(repository: repository)
    } catch {
        FileHandle.standardError.write(Data("fuzz setup failed in \(repository.path): \(error)\n".utf8))
        exit(2)
    }
}()

/// libFuzzer's entry point: one input through load → validate → quiz → every renderer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    pipeline.run(data, audiences: .byInputLength)
    return 0
}
