// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ClassroomPacket",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "packet", targets: ["packet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The article model, audiences and quiz items: plain values, no I/O.
        .target(name: "PacketModel"),
        // Reads and validates YAML models and audiences: the only module that imports Yams.
        .target(name: "PacketLoading", dependencies: [
            "PacketModel", "PlainText",
            .product(name: "Yams", package: "Yams"),
        ]),
        // libxlsxwriter 1.1.4, the C library, and the thin safe Swift wrapper over it.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"]),
        // Plain-text helpers shared by the text renderers: wrapping and readability.
        .target(name: "PlainText"),
        // Mustache templates with file:line:col errors, shared by the text renderers.
        .target(name: "Templating", dependencies: [
            "PacketModel", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // Renderers: each depends on the model and its own backend.
        .target(name: "WorkbookRenderer", dependencies: ["PacketModel", "XlsxWriter"]),
        .target(name: "BriefingRenderer", dependencies: ["PacketModel", "Templating", "PlainText"]),
        .target(name: "GuideRenderer", dependencies: ["PacketModel", "Templating", "PlainText"]),
        .target(name: "QuizEngine", dependencies: ["PacketModel"]),
        .target(name: "QuizExport", dependencies: [
            "PacketModel", "Templating", "PlainText", "XlsxWriter",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // `packet draft`: a first model from an article's plain text.
        .target(name: "Drafting", dependencies: ["PacketModel"]),
        // Runs the renderers for a packet and writes it atomically with a manifest.
        .target(name: "PacketBuild", dependencies: [
            "PacketModel", "PacketLoading", "WorkbookRenderer", "BriefingRenderer", "GuideRenderer", "QuizEngine", "QuizExport",
        ]),
        // The thin command-line interface.
        .executableTarget(name: "packet", dependencies: [
            "PacketBuild", "PacketLoading", "Drafting",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Benchmarks: `swift run -c release packet-bench` prints the figures in Sources/packet-bench/README.md.
        // It calls libxlsxwriter directly too, as the baseline the wrapper is measured against.
        .executableTarget(name: "packet-bench", dependencies: [
            "PacketBuild", "PacketLoading", "PacketModel", "XlsxWriter", "CXlsxWriter", "Drafting",
        ], exclude: ["README.md"]),

        // Shared by the tests: running programs (LibreOffice, Python readers, the CLI) and paths.
        .target(name: "TestHelpers", path: "Tests/TestHelpers"),

        .testTarget(name: "PacketModelTests", dependencies: ["PacketModel"]),
        .testTarget(name: "TestHelpersTests", dependencies: ["TestHelpers"]),
        .testTarget(name: "PacketLoadingTests", dependencies: ["PacketLoading", "TestHelpers"]),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "TestHelpers"]),
        .testTarget(name: "PlainTextTests", dependencies: ["PlainText", "PacketModel", "TestHelpers"]),
        .testTarget(name: "TemplatingTests", dependencies: ["Templating"]),
        .testTarget(name: "WorkbookRendererTests", dependencies: ["WorkbookRenderer", "PacketLoading", "QuizEngine", "TestHelpers"],
                    exclude: ["Screenshots"]),
        .testTarget(name: "BriefingRendererTests", dependencies: ["BriefingRenderer", "PacketLoading", "TestHelpers"], exclude: ["Golden"]),
        .testTarget(name: "GuideRendererTests", dependencies: ["GuideRenderer", "PacketLoading", "TestHelpers"], exclude: ["Golden"]),
        .testTarget(name: "QuizEngineTests", dependencies: ["QuizEngine", "PacketLoading", "TestHelpers"]),
        .testTarget(name: "QuizExportTests", dependencies: ["QuizExport", "TestHelpers"],
                    exclude: ["Readers", "Golden"]),
        .testTarget(name: "DraftingTests", dependencies: ["Drafting", "PacketLoading", "TestHelpers"], exclude: ["Fixtures"]),
        .testTarget(name: "PacketBuildTests", dependencies: ["PacketBuild", "PacketLoading", "TestHelpers"]),
        .testTarget(name: "PacketCLITests", dependencies: ["TestHelpers"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
