import Foundation
import TestHelpers
import Testing

// Tests of Tests/TestHelpers, kept in this small test target because TestHelpers has no test
// target of its own (that would need a line in Package.swift).

@Suite("External tools: skipped when missing, an error in CI")
struct ExternalToolTests {
    static let tools: [ExternalTool] = [.soffice, .openpyxl]

    @Test("a test whose tools are all installed runs, in CI or not")
    func installedRuns() throws {
        #expect(try ToolRequirement.shouldRun(needing: Self.tools, ci: false, isInstalled: { _ in true }))
        #expect(try ToolRequirement.shouldRun(needing: Self.tools, ci: true, isInstalled: { _ in true }))
    }

    @Test("outside CI a missing tool skips the test, with a reason naming every tool it needs")
    func missingSkips() throws {
        #expect(try !ToolRequirement.shouldRun(needing: Self.tools, ci: false, isInstalled: { $0 != .soffice }))
        #expect(ToolRequirement.skipReason(needing: Self.tools)
                == "needs soffice and the Python module openpyxl, which Tests/install-tools.sh installs")
    }

    @Test("with CI=true a missing tool is an error that names it and the install script")
    func missingFailsInCI() {
        #expect {
            try ToolRequirement.shouldRun(needing: Self.tools, ci: true, isInstalled: { $0 != .soffice })
        } throws: { error in
            "\(error)" == "soffice is missing but CI=true: Tests/install-tools.sh should have installed it"
        }
        #expect {
            try ToolRequirement.shouldRun(needing: [.soffice, .unzip, .lxml], ci: true, isInstalled: { _ in false })
        } throws: { error in
            "\(error)" == "soffice, unzip and the Python module lxml are missing but CI=true: "
                + "Tests/install-tools.sh should have installed them"
        }
    }

    @Test("programs are looked for on the PATH")
    func programs() {
        #expect(ExternalTool.program("sh").isInstalled)
        #expect(!ExternalTool.program("no-such-program-\(UUID().uuidString)").isInstalled)
    }

    @Test("Python modules are looked for by importing them with python3", .requires(.python3))
    func pythonModules() {
        #expect(ExternalTool.pythonModule("json").isInstalled)
        #expect(!ExternalTool.pythonModule("no_such_module_for_packet_tests").isInstalled)
    }
}
