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

    /// `files` and a manifest.json listing them, as a build writes a packet.
    func packet(_ files: [String: String]) -> [PacketFile] {
        let listed = files.keys.sorted().map { path in
            let data = Data(files[path]!.utf8)
            return "{\"path\": \"\(path)\", \"bytes\": \(data.count), \"sha256\": \"\(SHA256.hex(data))\"}"
        }
        let manifest = """
            {"article": "a", "title": "T", "audience": "b", "audience_name": "B", "generator": "packet test",
             "files": [\(listed.joined(separator: ", "))], "notes": [], "warnings": [], "metrics": {}}
            """
        return files.map { PacketFile(path: $0.key, text: $0.value) } + [PacketFile(path: "manifest.json", text: manifest)]
    }

    @Test("a rebuilt packet replaces the old one entirely, leaving no stale files and no staging folders")
    func replacesFolder() throws {
        let root = try temporary()
        let packet = root.appendingPathComponent("out/a/b")
        try PacketWriter.write(self.packet(["old.txt": "old", "teacher/key.txt": "key"]), to: packet)
        try FileManager.default.removeItem(at: packet.appendingPathComponent("teacher/key.txt"))  // deleting loses nothing
        try PacketWriter.write(self.packet(["new.txt": "new"]), to: packet)
        #expect(try contents(packet) == ["manifest.json", "new.txt"])
        #expect(try contents(root.appendingPathComponent("out/a")) == ["b", "b/manifest.json", "b/new.txt"])
    }

    @Test("a folder holding a file the last build did not write, an edited file, or no manifest is not replaced",
          arguments: ["foreign", "edited", "no manifest", "a folder of its own"])
    func refusesFoldersNotWritten(_ change: String) throws {
        let packet = try temporary().appendingPathComponent("out/a/b")
        try PacketWriter.write(self.packet(["student/x.txt": "x"]), to: packet)
        switch change {
        case "foreign": try Data("A,B".utf8).write(to: packet.appendingPathComponent("grades-2026.csv"))
        case "edited": try Data("x, corrected".utf8).write(to: packet.appendingPathComponent("student/x.txt"))
        case "no manifest": try FileManager.default.removeItem(at: packet.appendingPathComponent("manifest.json"))
        default: try FileManager.default.createDirectory(at: packet.appendingPathComponent("mine"), withIntermediateDirectories: true)
        }
        let before = try contents(packet)
        #expect(throws: (any Error).self) { try PacketWriter.write(self.packet(["new.txt": "new"]), to: packet) }
        #expect(try contents(packet) == before)
        #expect(try contents(packet.deletingLastPathComponent()) == ["b"] + before.map { "b/" + $0 })
    }

    @Test("with force, a folder the build did not write is kept beside the new packet as <name>.bak-<n>")
    func forceKeepsOldFolder() throws {
        let root = try temporary()
        let packet = root.appendingPathComponent("out/a/b")
        try FileManager.default.createDirectory(at: packet, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: packet.appendingPathComponent("grades.csv"))
        let kept = try PacketWriter.write(self.packet(["new.txt": "new"]), to: packet, force: true)
        #expect(kept?.lastPathComponent == "b.bak-1")
        try Data("mine too".utf8).write(to: packet.appendingPathComponent("notes.txt"))
        #expect(try PacketWriter.write(self.packet(["new.txt": "newer"]), to: packet, force: true)?.lastPathComponent == "b.bak-2")
        #expect(try contents(root.appendingPathComponent("out/a")) == [
            "b", "b.bak-1", "b.bak-1/grades.csv", "b.bak-2", "b.bak-2/manifest.json", "b.bak-2/new.txt", "b.bak-2/notes.txt",
            "b/manifest.json", "b/new.txt",
        ])
    }

    @Test("a write that fails removes the folders it made for the packet, and only those")
    func failureRemovesMadeFolders() throws {
        let root = try temporary()
        let packet = root.appendingPathComponent("out/deep/er/a/b")
        #expect(throws: (any Error).self) {
            try PacketWriter.write([PacketFile(path: "../../escape.txt", text: "2")], to: packet)
        }
        #expect(try contents(root) == [])
    }

    @Test("a failed write leaves the previous packet untouched")
    func failureKeepsOldPacket() throws {
        let packet = try temporary().appendingPathComponent("p")
        try PacketWriter.write(self.packet(["keep.txt": "keep"]), to: packet)
        #expect(throws: (any Error).self) {
            try PacketWriter.write([PacketFile(path: "ok.txt", text: "1"), PacketFile(path: "../escape.txt", text: "2")], to: packet)
        }
        #expect(try contents(packet) == ["keep.txt", "manifest.json"])
        #expect(!FileManager.default.fileExists(atPath: packet.deletingLastPathComponent().appendingPathComponent("escape.txt").path))
    }
}
