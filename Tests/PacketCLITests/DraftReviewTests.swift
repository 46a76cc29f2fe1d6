import Foundation
import Testing
import TestHelpers

/// A draft never reaches students by accident: `packet build` refuses it, `--draft` makes a review
/// copy, and `packet review` is the editor's checklist.
@Suite("Drafts and review", .requires(.python3), .requires(.openpyxl))
struct DraftReviewTests {
    /// A folder with `seeds/<name>/` drafted from the seed article's text.
    static func draftedWorkspace(_ name: String = "mosul") throws -> URL {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(at: CLI.repo.appendingPathComponent("seeds/isis-after-mosul/article.txt"),
                                         to: folder.appendingPathComponent("\(name).txt"))
        let draft = try CLI.run(["draft", "\(name).txt", "--published", "2017-07"], in: folder)
        #expect(draft.status == 0, "\(draft.stderr)")
        return folder
    }

    @Test("a fresh draft is refused by build before anything is written, and --draft builds a review copy with no TODO in any file")
    func draftBuildsOnlyAsAReviewCopy() throws {
        let folder = try Self.draftedWorkspace()
        let templates = CLI.repo.path + "/templates"
        let refused = try CLI.run(["build", "--article", "mosul", "--templates", templates], in: folder)
        #expect(refused.status == 1)
        let first = refused.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("seeds/mosul/model.yaml: error: not reviewed: "), "\(first)")
        #expect(first.contains("`packet review mosul`") && first.contains("--draft"))
        #expect(refused.stderr.contains("seeds/mosul/model.yaml:") && refused.stderr.contains(": error: thesis 'thesis' is a drafted guess"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "nothing may be written")

        let copy = try CLI.run(["build", "--article", "mosul", "--templates", templates, "--draft"], in: folder)
        #expect(copy.status == 0, "\(copy.stderr)")
        let packets = folder.appendingPathComponent("out/mosul")
        let audiences = try FileManager.default.contentsOfDirectory(atPath: packets.path).sorted()
        #expect(audiences.count == 4)
        for audience in audiences {
            let manifest = try JSONSerialization.jsonObject(
                with: Data(contentsOf: packets.appendingPathComponent("\(audience)/manifest.json"))) as? [String: Any]
            #expect(manifest?["draft"] as? Bool == true, "\(audience) manifest must say draft: true")
        }
        // Every file, and every member of the zip files (workbooks, the Canvas export), read as text.
        let scan = try Subprocess.python("""
            import os, sys, zipfile
            found = []
            for top, _, names in os.walk(sys.argv[1]):
                for name in names:
                    path = os.path.join(top, name)
                    blobs = [open(path, 'rb').read()]
                    if zipfile.is_zipfile(path):
                        with zipfile.ZipFile(path) as z:
                            blobs = [z.read(n) for n in z.namelist()]
                    if any(b'TODO' in blob for blob in blobs):
                        found.append(os.path.relpath(path, sys.argv[1]))
            print('\\n'.join(sorted(found)))
            """, [packets.path])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "TODO in: \(scan.stdout)")

        // Every printed file opens with the banner, every sheet of both workbooks shows it in its
        // first cell, and every LMS quiz title carries it.
        let banners = try Subprocess.python("""
            import os, sys, zipfile, openpyxl
            banner = 'DRAFT — NOT REVIEWED'
            missing = []
            for top, _, names in os.walk(sys.argv[1]):
                for name in names:
                    path = os.path.join(top, name)
                    rel = os.path.relpath(path, sys.argv[1])
                    if name.endswith('.txt') and not name.startswith(('quiz.', 'deck.')):
                        if not open(path, encoding='utf-8').readline().startswith(banner): missing.append(rel)
                    elif name == 'workbook.xlsx':
                        for ws in openpyxl.load_workbook(path):
                            if banner not in str(ws['A1'].value): missing.append(rel + '!' + ws.title)
                    elif name in ('quiz.gift', 'quiz.moodle.xml') or name.endswith('.zip') or name.endswith('.kahoot.xlsx'):
                        blobs = [open(path, 'rb').read()]
                        if zipfile.is_zipfile(path):
                            with zipfile.ZipFile(path) as z: blobs = [z.read(n) for n in z.namelist()]
                        if name != 'quiz.moodle.xml' and not any(banner.encode() in b for b in blobs): missing.append(rel)
            print('\\n'.join(sorted(missing)))
            """, [packets.path])
        #expect(banners.status == 0, "\(banners.stderr)")
        #expect(banners.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "no DRAFT banner in: \(banners.stdout)")
        #expect(!(copy.stdout + copy.stderr).contains("reading level is grade"), "a review copy's grade says nothing: no warning")
        #expect((copy.stdout + copy.stderr).contains("review copy: the quiz does not follow the blueprint yet: "),
                "a review copy says which parts of the blueprint the model cannot meet yet")
    }

    @Test("validate reports every TODO as a warning, so '0 warnings' means reviewed")
    func validateWarnsAboutEveryPlaceholder() throws {
        let folder = try Self.draftedWorkspace()
        let yaml = try String(contentsOf: folder.appendingPathComponent("seeds/mosul/model.yaml"), encoding: .utf8)
        let valueLines = yaml.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        let placeholders = valueLines.filter { $0.contains("TODO") }.count
        #expect(placeholders > 0)
        let run = try CLI.run(["validate", "mosul"], in: folder)
        #expect(run.status == 0, "warnings alone do not fail validation")
        let warned = run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") && $0.contains("placeholder text") }
        #expect(warned.count == placeholders)
    }

    @Test("review lists what is left, most important first, with the drafter's basis and confidence, and counts progress")
    func reviewIsTheEditorsChecklist() throws {
        let folder = try CLI.temporaryFolder()
        let seed = folder.appendingPathComponent("seeds/demo")
        try FileManager.default.createDirectory(at: seed, withIntermediateDirectories: true)
        let base = InvalidCase.base.appendingPathComponent("seeds/demo")
        try FileManager.default.copyItem(at: base.appendingPathComponent("article.txt"), to: seed.appendingPathComponent("article.txt"))
        var model = try String(contentsOf: base.appendingPathComponent("model.yaml"), encoding: .utf8)
        model = model.replacingOccurrences(of: "    measures: marchers\n", with: "    measures: \"TODO: check what it measures\"\n    review: true\n")
        model = model.replacingOccurrences(of: "    asserted_by: ruiz\n    excerpt: \"argue the plan... costs too much\"\n",
            with: "    asserted_by: ruiz\n    excerpt: \"argue the plan... costs too much\"\n    review: { basis: \"a sentence with opinion cues (too much)\", confidence: low }\n")
        try Data(model.utf8).write(to: seed.appendingPathComponent("model.yaml"))

        let run = try CLI.run(["review", "demo"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("seeds/demo/model.yaml: ") == true)
        #expect(lines.first?.contains(" items reviewed; 2 left to check") == true, "\(lines.first ?? "")")
        let argument = try #require(lines.firstIndex { $0.hasPrefix("Thesis, claims and evidence") })
        let figures = try #require(lines.firstIndex { $0.hasPrefix("Figures") })
        #expect(argument < figures, "the argument comes first")
        #expect(lines[argument + 1].contains("claim 'c1': drafted guess (confidence: low)"))
        #expect(lines[argument + 2] == "      based on: a sentence with opinion cues (too much)")
        #expect(lines[figures + 1].contains("statistic 's2': drafted guess; TODO in 'measures'"))

        // Reviewed: nothing left, and the model builds for students.
        try Data(try String(contentsOf: base.appendingPathComponent("model.yaml"), encoding: .utf8).utf8)
            .write(to: seed.appendingPathComponent("model.yaml"))
        let done = try CLI.run(["review", "demo"], in: folder)
        #expect(done.stdout.contains("nothing left to check"))
    }
}
