import Foundation
import PacketBuild
import PacketModel
import Testing

@Suite("Writing a packet folder")
struct PacketWriterTests {
    func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func contents(_ folder: URL) throws -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test("a new packet folder is created with its sub-folders")
    func createsFolder() throws {
        let packet = try temporary().appendingPathComponent("out/a/b")
        try PacketWriter.write([PacketFile(path: "student/x.txt", text: "x"), PacketFile(path: "manifest.json", text: "{}")], to: packet)
        #expect(try contents(packet) == ["manifest.json", "student", "student/x.txt"])
    }

    @Test("a rebuilt packet replaces the old one entirely, leaving no stale files and no staging folders")
    func replacesFolder() throws {
        let root = try temporary()
        let packet = root.appendingPathComponent("out/a/b")
        try PacketWriter.write([PacketFile(path: "old.txt", text: "old")], to: packet)
        try PacketWriter.write([PacketFile(path: "new.txt", text: "new")], to: packet)
        #expect(try contents(packet) == ["new.txt"])
        #expect(try contents(root.appendingPathComponent("out/a")) == ["b", "b/new.txt"])
    }

    @Test("a failed write leaves the previous packet untouched")
    func failureKeepsOldPacket() throws {
        let packet = try temporary().appendingPathComponent("p")
        try PacketWriter.write([PacketFile(path: "keep.txt", text: "keep")], to: packet)
        #expect(throws: (any Error).self) {
            try PacketWriter.write([PacketFile(path: "ok.txt", text: "1"), PacketFile(path: "../escape.txt", text: "2")], to: packet)
        }
        #expect(try contents(packet) == ["keep.txt"])
        #expect(!FileManager.default.fileExists(atPath: packet.deletingLastPathComponent().appendingPathComponent("escape.txt").path))
    }
}
