import Foundation
import PacketModel
import TestHelpers
import Testing
import WorkbookRenderer

@Suite("LibreOffice opens every workbook", .serialized)
struct LibreOfficeTests {
    static let cases: [(String, RenderInput)] = [
        ("with class responses", TestSupport.input()),
        ("without responses", TestSupport.input(responses: nil)),
        ("lean model", TestSupport.input(ArticleFixture.lean, responses: nil)),
    ]

    @Test("xlsx-lo-check finds no error and no stale cached result", .requires(.soffice, .python3), arguments: [0, 1, 2])
    func loCheck(index: Int) throws {
        let (name, input) = Self.cases[index]
        let (folder, output) = try TestSupport.renderToDisk(input)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every workbook of the case in one call: LibreOffice starts once for all of them.
        let books = output.files.map { folder.appendingPathComponent($0.path).path }
        #expect(!books.isEmpty)
        let result = try TestSupport.run(Tools.xlsxLoCheck.path, books)
        #expect(result.status == 0, "\(name):\n\(result.output)")
    }

    @Test("soffice converts both workbooks to PDF", .requires(.soffice))
    func pdf() throws {
        let (folder, output) = try TestSupport.renderToDisk(TestSupport.input())
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in output.files {
            let url = folder.appendingPathComponent(file.path)
            let outdir = url.deletingLastPathComponent()
            let profile = folder.appendingPathComponent("profile-\(file.path.replacingOccurrences(of: "/", with: "-"))")
            let result = try TestSupport.run("/usr/bin/env", ["soffice", "-env:UserInstallation=file://\(profile.path)", "--headless",
                                                               "--convert-to", "pdf", "--outdir", outdir.path, url.path])
            let pdf = outdir.appendingPathComponent("workbook.pdf")
            #expect(result.status == 0, "\(result.output)")
            let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
            #expect(size > 10_000, "\(file.path) made no PDF: \(result.output)")
        }
    }

    @Test("every workbook of the seed, student and teacher, for every audience, shows its true values in LibreOffice",
          .requires(.soffice, .python3))
    func seedWorkbooks() throws {
        let folder = try TemporaryFolder.make("seed-workbooks")
        defer { try? FileManager.default.removeItem(at: folder) }
        var books: [String] = []
        for audience in SeedPackets.audienceNames {
            let output = try WorkbookRenderer().render(try SeedPackets.input(audience))
            for file in output.files {
                let url = folder.appendingPathComponent(audience).appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
                books.append(url.path)
            }
        }
        #expect(books.count == 2 * SeedPackets.audienceNames.count)
        let result = try TestSupport.run(Tools.xlsxLoCheck.path, books)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("every workbook of every other article in out/ shows its true values in LibreOffice",
          .requires(.soffice, .python3))
    func libraryWorkbooks() throws {
        // out/ is checked to equal a fresh build (BuildTests), so its workbooks are the build's.
        let out = Tools.repository.appendingPathComponent("out")
        let articles = try FileManager.default.contentsOfDirectory(atPath: out.path)
            .filter { $0 != SeedPackets.seedID && !$0.hasPrefix(".") }.sorted()
        #expect(articles.count >= 4, "the article library: \(articles)")
        let books = articles.flatMap { article in
            SeedPackets.audienceNames.flatMap { audience in
                ["student", "teacher"].map { out.appendingPathComponent("\(article)/\(audience)/\($0)/workbook.xlsx").path }
            }
        }
        #expect(books.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        let result = try TestSupport.run(Tools.xlsxLoCheck.path, books)
        #expect(result.status == 0, "\(result.output)")
    }
}
