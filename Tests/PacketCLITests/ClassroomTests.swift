import Foundation
import TestHelpers
import Testing

@Suite("A teacher's workflow", .serialized)
struct ClassroomTests {
    @Test("a gradebook built from a class of 30 shows LibreOffice the same scores it computes itself",
          .requires(.soffice, .openpyxl))
    func responsesGradebook() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("out")
        let csv = CLI.repo.appendingPathComponent("Tests/PacketCLITests/Fixtures/class-30.csv")
        let run = try CLI.run(["build", "--article", "isis-after-mosul", "--audience", "high-school",
                               "--responses", csv.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let workbook = out.appendingPathComponent("isis-after-mosul/high-school/teacher/workbook.xlsx")
        let check = try Subprocess.run(Tools.xlsxLoCheck.path, [workbook.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.stdout.contains(" 0 problems"))
        let read = try Subprocess.python("""
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["Gradebook"]
            names = [c.value for c in ws["A"] if isinstance(c.value, str)]
            print("\\n".join(names))
            """, [workbook.path])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("Chloé Castillo") && read.stdout.contains("Dara Evans"))
    }

    @Test("a responses file whose rows do not fit form A is refused with its line, and nothing is written")
    func badResponses() throws {
        let folder = try CLI.temporaryFolder()
        let csv = folder.appendingPathComponent("class.csv")
        try Data("student,1,2\nAna,A,B\n".utf8).write(to: csv)
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["build", "--article", "isis-after-mosul", "--audience", "high-school",
                               "--responses", csv.path, "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("class.csv:1: error: expected 15 question columns '1' to '15' after 'student'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a copied and edited audience builds with its own settings")
    func copiedAudienceBuilds() throws {
        let folder = try CLI.temporaryFolder()
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: CLI.repo.appendingPathComponent("templates"), to: templates)
        let copy = try CLI.run(["new-audience", "grade-7", "--from", "middle-school", "--templates", templates.path])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stdout.contains("audience.yaml"))
        let yamlURL = templates.appendingPathComponent("grade-7/audience.yaml")
        var yaml = try String(contentsOf: yamlURL, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: #"display_name: [^\n]*"#, with: "display_name: Grade 7 history", options: .regularExpression)
        yaml = yaml.replacingOccurrences(of: #"line_width: [0-9]+"#, with: "line_width: 60", options: .regularExpression)
        try Data(yaml.utf8).write(to: yamlURL)
        let out = folder.appendingPathComponent("out")
        let build = try CLI.run(["build", "--audience", "grade-7", "--templates", templates.path, "--out", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let briefing = try String(contentsOf: out.appendingPathComponent("isis-after-mosul/grade-7/student/briefing.txt"), encoding: .utf8)
        #expect(briefing.contains("Grade 7 history"))
        #expect(briefing.split(separator: "\n").allSatisfy { $0.count <= 60 })
        let listed = try CLI.run(["audiences", "--templates", templates.path])
        #expect(listed.stdout.contains("grade-7"))
        #expect(!build.stderr.contains("warning"))
    }

    @Test("a briefing harder than its audience reads is built with a warning on the terminal and in the manifest")
    func readingLevelWarning() throws {
        let folder = try CLI.temporaryFolder()
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: CLI.repo.appendingPathComponent("templates"), to: templates)
        let yamlURL = templates.appendingPathComponent("high-school/audience.yaml")
        let yaml = try String(contentsOf: yamlURL, encoding: .utf8)
            .replacingOccurrences(of: #"reading_level: [^\n]*"#, with: "reading_level: { min: 2, max: 3 }", options: .regularExpression)
        try Data(yaml.utf8).write(to: yamlURL)
        let out = folder.appendingPathComponent("out")
        let build = try CLI.run(["build", "--audience", "high-school", "--templates", templates.path, "--out", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("isis-after-mosul/high-school: warning: briefing: reading level is grade"))
        let manifest = try String(contentsOf: out.appendingPathComponent("isis-after-mosul/high-school/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("above the High school range 2.0–3.0"))
    }
}
